package io.wxkit.examples.admin.messages;

import java.time.Instant;

/**
 * One row of the message log: a message or event a user sent ({@code in}), or a customer-service answer a staff
 * member sent ({@code out}, with {@code sentBy}).
 */
public record LoggedMessage(long id, String appId, String openid, String direction, String msgType, String event,
                            String summary, Long msgId, Instant at, boolean handled, String handledBy, String sentBy) {
    public boolean inbound() {
        return "in".equals(direction);
    }

    /** The type shown and searched: the event name for events, else the message type. */
    public String kind() {
        return event != null ? event : msgType;
    }
}
