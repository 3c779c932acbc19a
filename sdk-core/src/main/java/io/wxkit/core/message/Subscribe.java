package io.wxkit.core.message;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The subscribe event ({@code Event=subscribe}): a user followed the account, possibly by scanning a parametric QR code.
 *
 * <pre>{@code
 * callback.onEvent(Subscribe.class, e -> Reply.text(e, "Welcome"));
 * }</pre>
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param eventKey {@code qrscene_} + scene value when subscribed through a parametric QR code ({@code EventKey}); null when absent
 * @param ticket the QR code ticket ({@code Ticket}); null when absent
 */
public record Subscribe(String toUser, String fromUser, Instant createTime, String eventKey, String ticket) implements Event {
    /**
     * Validates required fields.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @param eventKey {@code qrscene_} + scene value when subscribed through a parametric QR code
     *     ({@code EventKey}); null when absent
     * @param ticket the QR code ticket ({@code Ticket}); null when absent
     * @throws NullPointerException if {@code toUser}, {@code fromUser} or {@code createTime} is null
     */
    public Subscribe {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
        return "subscribe";
    }

    /**
     * The scene value of a parametric QR code ({@code EventKey} without its {@code qrscene_} prefix), or empty
     * for a plain subscribe.
     *
     * @return the scene value ({@code 123} for {@code EventKey=qrscene_123}), or empty when {@code EventKey} is null
     *     or lacks the prefix
     */
    public Optional<String> qrScene() {
        if (eventKey == null || !eventKey.startsWith("qrscene_")) {
            return Optional.empty();
        }
        return Optional.of(eventKey.substring("qrscene_".length()));
    }
}
