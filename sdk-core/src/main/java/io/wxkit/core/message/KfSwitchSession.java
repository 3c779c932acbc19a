package io.wxkit.core.message;

import java.time.Instant;
import java.util.Objects;

/**
 * The kf_switch_session event: the session moved from one customer-service agent to another.
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param fromKfAccount the previous agent ({@code FromKfAccount})
 * @param toKfAccount the new agent ({@code ToKfAccount})
 */
public record KfSwitchSession(String toUser, String fromUser, Instant createTime, String fromKfAccount,
                              String toKfAccount) implements Event {
    /**
     * Validates required fields.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @param fromKfAccount the previous agent ({@code FromKfAccount})
     * @param toKfAccount the new agent ({@code ToKfAccount})
     * @throws NullPointerException if {@code toUser}, {@code fromUser}, {@code createTime}, {@code fromKfAccount} or
     *     {@code toKfAccount} is null
     */
    public KfSwitchSession {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
        Objects.requireNonNull(fromKfAccount, "fromKfAccount");
        Objects.requireNonNull(toKfAccount, "toKfAccount");
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
        return "kf_switch_session";
    }
}
