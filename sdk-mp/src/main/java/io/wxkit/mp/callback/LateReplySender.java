package io.wxkit.mp.callback;

import io.wxkit.core.message.Reply;

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

    /** Sends {@code reply} to its {@code toUser}. */
    void send(Reply reply);
}
