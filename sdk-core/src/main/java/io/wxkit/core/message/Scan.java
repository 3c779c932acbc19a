package io.wxkit.core.message;

import java.time.Instant;
import java.util.Objects;

/**
 * The SCAN event: an existing follower scanned a parametric QR code.
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param eventKey the scene value, without prefix ({@code EventKey})
 * @param ticket the QR code ticket ({@code Ticket}); null when absent
 */
public record Scan(String toUser, String fromUser, Instant createTime, String eventKey, String ticket) implements Event {
    /**
     * Validates required fields.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @param eventKey the scene value, without prefix ({@code EventKey})
     * @param ticket the QR code ticket ({@code Ticket}); null when absent
     * @throws NullPointerException if {@code toUser}, {@code fromUser}, {@code createTime} or {@code eventKey} is null
     */
    public Scan {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
        Objects.requireNonNull(eventKey, "eventKey");
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
        return "SCAN";
    }
}
