package io.wxkit.mp.callback;

import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.Reply;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state of one delivered message while it is routed: the message, when it arrived, attributes
 * that interceptors attach for the rules (for example the business account bound to the openid), and
 * the answer an interceptor chose when it stops routing.
 *
 * <pre>{@code
 * ctx.put("account", account);
 * Optional<Account> a = ctx.get("account", Account.class);
 * }</pre>
 *
 * <p>One instance per delivery, discarded afterwards. Safe to use from the thread the rules run on
 * and from threads the rules start themselves.
 */
public final class CallbackContext {
    private final InboundMessage message;
    private final Instant receivedAt;
    private volatile Map<String, Object> attributes;
    private volatile Reply answer;

    CallbackContext(InboundMessage message, Instant receivedAt) {
        this.message = Objects.requireNonNull(message, "message");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /**
     * The decoded message or event.
     *
     * @return the message, of its typed class ({@code Text}, {@code Subscribe}, ..., or {@code Unknown})
     */
    public InboundMessage message() {
        return message;
    }

    /**
     * The sender's openid ({@code FromUserName}).
     *
     * @return the openid of the follower who sent the message or caused the event
     */
    public String openid() {
        return message.fromUser();
    }

    /**
     * When the request arrived, by the handler's clock.
     *
     * @return the arrival instant, taken before verification
     */
    public Instant receivedAt() {
        return receivedAt;
    }

    /**
     * Attaches {@code value} under {@code name}, replacing any earlier value.
     *
     * @param name the attribute's name; not null
     * @param value the value; not null
     * @return this context
     * @throws NullPointerException if {@code name} or {@code value} is null
     */
    public CallbackContext put(String name, Object value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        attributes().put(name, value);
        return this;
    }

    /**
     * The attribute {@code name} if present and of {@code type}, otherwise empty.
     *
     * @param name the attribute's name
     * @param type the expected class
     * @param <V> the expected type
     * @return the value, or empty when it is absent or not a {@code type}
     */
    public <V> Optional<V> get(String name, Class<V> type) {
        Map<String, Object> map = attributes;
        Object value = map == null ? null : map.get(name);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    /**
     * Sets the answer used when an interceptor stops routing ({@code null}: answer {@code success}).
     *
     * @param reply the reply, or {@code null} for {@code success}
     */
    public void answer(Reply reply) {
        this.answer = reply;
    }

    /**
     * The answer set by {@link #answer(Reply)}, if any.
     *
     * @return the reply an interceptor set, or empty
     */
    public Optional<Reply> answer() {
        return Optional.ofNullable(answer);
    }

    private Map<String, Object> attributes() {
        Map<String, Object> map = attributes;
        if (map == null) {
            synchronized (this) {
                map = attributes;
                if (map == null) {
                    map = new ConcurrentHashMap<>(4);
                    attributes = map;
                }
            }
        }
        return map;
    }

    /** Names the message type only: attributes and the message may hold personal data. */
    @Override
    public String toString() {
        return "CallbackContext[" + message.msgType() + " at " + receivedAt + "]";
    }
}
