package io.wxkit.core.message;

import java.time.Instant;
import java.util.Objects;

/**
 * The kf_create_session event: a customer-service agent accepted a session with the user.
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param kfAccount the agent account ({@code KfAccount})
 */
public record KfCreateSession(String toUser, String fromUser, Instant createTime, String kfAccount) implements Event {
    /**
     * Validates required fields.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @param kfAccount the agent account ({@code KfAccount})
     * @throws NullPointerException if {@code toUser}, {@code fromUser}, {@code createTime} or {@code kfAccount} is null
     */
    public KfCreateSession {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
        Objects.requireNonNull(kfAccount, "kfAccount");
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
        return "kf_create_session";
    }
}
