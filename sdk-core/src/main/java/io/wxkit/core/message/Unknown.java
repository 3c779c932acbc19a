package io.wxkit.core.message;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message or event type this SDK does not model yet (WeChat adds types over time): it keeps every field
 * of the XML so an application can still handle it.
 *
 * <pre>{@code
 * if (m instanceof Unknown u && "some_new_event".equals(u.event())) { String v = u.field("Foo/Bar"); }
 * }</pre>
 *
 * @param toUser the account that received it ({@code ToUserName})
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime})
 * @param msgType the wire {@code MsgType}
 * @param event the wire {@code Event}; null for a non-event message
 * @param fields every leaf element in document order, nested ones as {@code Parent/Child} paths
 */
public record Unknown(String toUser, String fromUser, Instant createTime, String msgType, String event,
                      List<Field> fields) implements InboundMessage {
    /**
     * Validates required fields and copies the field list.
     *
     * @param toUser the account that received it ({@code ToUserName})
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime})
     * @param msgType the wire {@code MsgType}
     * @param event the wire {@code Event}; null for a non-event message
     * @param fields every leaf element in document order, nested ones as {@code Parent/Child} paths
     * @throws NullPointerException if {@code toUser}, {@code fromUser}, {@code createTime}, {@code msgType} or
     *     {@code fields} is null, or a list holds a null element
     */
    public Unknown {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
        Objects.requireNonNull(msgType, "msgType");
        fields = List.copyOf(fields);
    }

    /**
     * The first value at {@code path} (e.g. {@code EventKey}, {@code ScanCodeInfo/ScanType}), or null.
     *
     * @param path the element path, case-sensitive: a top-level element name or {@code Parent/Child}
     * @return the value of the first field at {@code path}, or null if the message has none
     */
    public String field(String path) {
        for (Field f : fields) {
            if (f.path().equals(path)) {
                return f.value();
            }
        }
        return null;
    }

    /**
     * One leaf element of the message XML.
     *
     * @param path the element name, prefixed by its ancestors below the root ({@code A/B})
     * @param value the decoded text
     */
    public record Field(String path, String value) {
        /**
         * Validates both parts.
         *
         * @param path the element name, prefixed by its ancestors below the root ({@code A/B})
         * @param value the decoded text
         * @throws NullPointerException if {@code path} or {@code value} is null
         */
        public Field {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
        }
    }
}
