package io.wxkit.mp.callback;

import io.wxkit.core.message.Reply;
import io.wxkit.mp.kf.KfMessage;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Delivers a reply that missed WeChat's 5-second passive-reply window, normally as a customer-service
 * message ({@code POST /cgi-bin/message/custom/send}). {@code mp.callback()} wires one through the
 * account's HTTP pipeline; set your own to deliver late replies another way.
 *
 * <pre>{@code
 * mp.callback().lateReplies(reply -> myQueue.publish(reply))
 * }</pre>
 *
 * <p>Called once per late reply, on the executor's thread (or the request thread for a sync rule
 * when no executor is configured). A thrown exception is reported to the {@link CallbackErrorHook}.
 */
@FunctionalInterface
public interface LateReplySender {

    /**
     * Sends {@code reply} to its {@code toUser}.
     *
     * @param reply the reply that missed the window, addressed to the follower
     */
    void send(Reply reply);

    /**
     * A sender that turns each late reply into the equivalent customer-service message and hands it
     * to {@code send} (normally {@code mp.kf()::send}). Text, image, voice, music and news (first
     * article) replies are carried; a video reply or {@code transfer_customer_service} cannot be and
     * is reported to the error hook as an {@link IllegalArgumentException}.
     *
     * <pre>{@code
     * builder.lateReplies(LateReplySender.customerService(mp.kf()::send));
     * }</pre>
     *
     * @param send delivers the customer-service message; not null
     * @return the sender
     * @throws NullPointerException if {@code send} is null
     */
    static LateReplySender customerService(Consumer<KfMessage> send) {
        Objects.requireNonNull(send, "send");
        return reply -> send.accept(CustomerServiceReplies.of(reply));
    }
}
