package io.wxkit.mp.callback;

import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.Reply;

/**
 * The code a routing {@link Rule} runs for a matched message or event: it returns the passive reply
 * (被动回复), or {@code null} for none (WeChat then receives {@code success}).
 *
 * <pre>{@code
 * MessageHandler<Text> echo = (m, ctx) -> Reply.text(m, "you said " + m.content());
 * }</pre>
 *
 * <p>An exception thrown here never reaches WeChat: the answer is {@code success} and the error goes
 * to the {@link CallbackErrorHook} and the interceptors' {@code onError}.
 *
 * @param <T> the message type the rule matched
 */
@FunctionalInterface
public interface MessageHandler<T extends InboundMessage> {

    /**
     * Handles {@code message}; {@code context} carries what interceptors attached (e.g. the bound identity).
     *
     * @param message the matched message
     * @param context this delivery's state
     * @return the passive reply, or {@code null} for none
     */
    Reply handle(T message, CallbackContext context);
}
