package io.wxkit.emulator.internal.account;

import java.util.Map;

/**
 * Sends an event WeChat raises on its own (TEMPLATESENDJOBFINISH, MASSSENDJOBFINISH) to an account's callback
 * URL, in the background: the API call that caused it does not wait.
 */
@FunctionalInterface
public interface EventPush {
    /**
     * Queues the event.
     *
     * @param fromOpenid the {@code FromUserName}
     * @param fields     the event's elements after {@code MsgType}, in order ({@code Event} first); strings are
     *                   written as CDATA, numbers bare
     */
    void push(String appId, String fromOpenid, Map<String, Object> fields);
}
