package io.wxkit.mp.callback;

import io.wxkit.core.message.InboundMessage;

/**
 * Where failures go that WeChat must never see: a rule or interceptor that threw, a reply that could
 * not be encoded, a late customer-service send that failed. WeChat itself always receives
 * {@code success} in those cases, so a failing handler cannot cause a retry storm.
 *
 * <pre>{@code
 * mp.callback().errorHook((m, e) -> metrics.counter("wechat.callback.error", "type", m.msgType()).increment());
 * }</pre>
 *
 * <p>Called on the thread where the failure happened (the request thread, or the executor's thread
 * for async rules and late sends); implementations must be thread-safe and should not throw. The
 * default logs at WARN with the message type and the exception, never the message content.
 */
@FunctionalInterface
public interface CallbackErrorHook {

    /**
     * Reports {@code error}, raised while handling {@code message}.
     *
     * @param message the verified message being handled
     * @param error what was thrown
     */
    void report(InboundMessage message, RuntimeException error);
}
