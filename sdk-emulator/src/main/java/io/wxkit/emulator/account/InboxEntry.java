package io.wxkit.emulator.account;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a fake user received: a passive reply, a customer-service message, a template or subscribe message,
 * or a mass message.
 *
 * @param kind    {@code reply|kf|template|subscribe|mass}
 * @param msgType WeChat's message type ({@code text}, {@code news}, {@code template}, ...)
 * @param fields  the message's fields as the inbox shows them ({@code content}, {@code articles}, ...)
 * @param at      when it arrived
 */
public record InboxEntry(String kind, String msgType, Map<String, Object> fields, Instant at) {

    /**
     * Copies {@code fields}, keeping their order.
     *
     * @param kind    {@code reply|kf|template|subscribe|mass}
     * @param msgType WeChat's message type
     * @param fields  the message's fields; copied, read-only
     * @param at      when it arrived
     * @throws NullPointerException if {@code kind}, {@code msgType}, {@code at} or {@code fields} is null
     */
    public InboxEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(msgType, "msgType");
        Objects.requireNonNull(at, "at");
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * The {@code content} field, or null (text messages).
     *
     * @return the {@code content} field as text, or null if there is none
     */
    public String content() {
        Object c = fields.get("content");
        return c == null ? null : c.toString();
    }
}
