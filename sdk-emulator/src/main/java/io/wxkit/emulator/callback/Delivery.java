package io.wxkit.emulator.callback;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One message or event the emulator delivered to an account's callback URL, and how the app answered: an
 * element of {@code emulator.control().deliveries(appId)} (the same data as
 * {@code GET /emulator/accounts/{appId}/deliveries}).
 *
 * <pre>{@code
 * Delivery last = emulator.control().deliveries("wx1").get(0);
 * assertThat(last.msgType()).isEqualTo("text");
 * assertThat(last.result().reply()).containsEntry("content", "Hello");
 * }</pre>
 *
 * @param msgType the delivered XML's {@code MsgType}: {@code text}, {@code image}, {@code event}, ...
 * @param fields  the elements after {@code MsgType} in the delivered XML, by WeChat's element name
 *                ({@code Content}, {@code Event}, {@code EventKey}, ...), in document order; an unmodifiable copy
 * @param result  how the app answered: its decoded passive reply, or why the answer was unusable
 * @param at      when the emulator's clock sent it
 */
public record Delivery(String msgType, Map<String, Object> fields, CallbackResult result, Instant at) {

    /**
     * A delivery; {@code fields} is copied.
     *
     * @param msgType the delivered XML's {@code MsgType}
     * @param fields  the elements after {@code MsgType}, by element name, in document order (copied)
     * @param result  how the app answered
     * @param at      when the emulator's clock sent it
     * @throws NullPointerException if any argument is null
     */
    public Delivery {
        Objects.requireNonNull(msgType, "msgType");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields, "fields")));
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(at, "at");
    }
}
