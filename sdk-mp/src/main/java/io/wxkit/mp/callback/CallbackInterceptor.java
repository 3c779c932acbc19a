package io.wxkit.mp.callback;

import io.wxkit.core.message.Reply;

/**
 * Code that runs around the routing rules of every verified, non-duplicate message: it can enrich
 * the {@link CallbackContext} (for example with the user's identity bound through SSO), answer on its
 * own and skip the rules, rewrite the reply, or observe failures.
 *
 * <pre>{@code
 * builder.interceptor(new CallbackInterceptor() {
 *     public boolean before(CallbackContext ctx) { ctx.put("account", sso.find(ctx.openid())); return true; } });
 * }</pre>
 *
 * <p>Interceptors run in registration order before the rules and in reverse order after them, on the
 * thread the rules run on. Implementations must be thread-safe.
 */
public interface CallbackInterceptor {

    /**
     * Runs before the rules. Return {@code true} to go on; {@code false} to stop: no rule runs, and
     * the answer is what {@link CallbackContext#answer(Reply)} set, or {@code success}.
     *
     * @param context this delivery's state
     * @return {@code true} to run the rules, {@code false} to stop
     */
    default boolean before(CallbackContext context) {
        return true;
    }

    /**
     * Runs after the rules (or after a stop); returns the reply to send, {@code null} for none.
     *
     * @param context this delivery's state
     * @param reply the reply so far (of the matching rule, the fallback, or {@link CallbackContext#answer()}), or null
     * @return the reply to send, or {@code null} for {@code success}
     */
    default Reply after(CallbackContext context, Reply reply) {
        return reply;
    }

    /**
     * Observes a failure of a rule or interceptor; WeChat still receives {@code success}.
     *
     * @param context this delivery's state
     * @param error what was thrown
     */
    default void onError(CallbackContext context, RuntimeException error) {
    }
}
