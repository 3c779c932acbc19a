package io.wxkit.spring.mp;

import io.wxkit.mp.callback.CallbackBuilder;

/**
 * Adjusts one account's callback handler before it is built: add interceptors, an error hook, an
 * executor, a reply budget. Every {@code WxCallbackCustomizer} bean is called, in {@code @Order}, once per
 * account that has a callback Token, after the {@code Rule} beans and annotated methods were added, on the
 * thread that finishes the application context's startup.
 */
@FunctionalInterface
public interface WxCallbackCustomizer {

    /**
     * Customizes the handler of the account {@code appId}; the builder is built right after the last
     * customizer returns, so do not keep it.
     *
     * @param appId the account's AppID
     * @param builder the account's callback builder, with its rules already added
     */
    void customize(String appId, CallbackBuilder builder);
}
