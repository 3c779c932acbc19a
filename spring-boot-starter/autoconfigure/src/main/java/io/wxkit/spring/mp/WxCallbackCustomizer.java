package io.wxkit.spring.mp;

import io.wxkit.mp.callback.CallbackBuilder;

/**
 * Adjusts one account's callback handler before it is built: add interceptors, an error hook, an
 * executor, a reply budget. Called once per configured account, after the rules are added.
 */
@FunctionalInterface
public interface WxCallbackCustomizer {

    /** Customizes the handler of the account {@code appId}. */
    void customize(String appId, CallbackBuilder builder);
}
