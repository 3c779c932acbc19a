package io.wxkit.examples.wechat;

import io.wxkit.mp.WxMp;
import io.wxkit.mp.callback.CallbackContext;
import io.wxkit.mp.callback.CallbackInterceptor;
import io.wxkit.spring.mp.WxCallbackCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts the receiving account's appId into every callback's {@link CallbackContext}: an annotated handler sees only
 * the message (whose {@code ToUserName} is the account's {@code gh_} id, not its appId), and the handlers that
 * answer through an API (customer service, news) need the account's {@link WxMp}.
 */
@Component
public class AccountInContext implements WxCallbackCustomizer {
    /** The context key holding the appId (a String). */
    public static final String APP_ID = "examples.appId";

    @Override
    public void customize(String appId, io.wxkit.mp.callback.CallbackBuilder builder) {
        builder.interceptor(new CallbackInterceptor() {
            @Override
            public boolean before(CallbackContext context) {
                context.put(APP_ID, appId);
                return true;
            }
        });
    }

    /** The appId of the account that received this callback. */
    public static String appId(CallbackContext context) {
        return context.get(APP_ID, String.class)
                .orElseThrow(() -> new IllegalStateException("no appId in the callback context"));
    }
}
