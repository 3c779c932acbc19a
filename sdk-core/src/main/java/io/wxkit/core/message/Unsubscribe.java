package io.wxkit.core.message;

import java.time.Instant;
import java.util.Objects;

/**
 * The unsubscribe event ({@code Event=unsubscribe}): a user unfollowed the account; no reply is shown.
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 */
public record Unsubscribe(String toUser, String fromUser, Instant createTime) implements Event {
    /**
     * Validates required fields.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @throws NullPointerException if {@code toUser}, {@code fromUser} or {@code createTime} is null
     */
    public Unsubscribe {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
        return "unsubscribe";
    }
}
