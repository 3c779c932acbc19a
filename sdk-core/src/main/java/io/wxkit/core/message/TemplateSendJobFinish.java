package io.wxkit.core.message;

import java.time.Instant;
import java.util.Objects;

/**
 * The TEMPLATESENDJOBFINISH event: the delivery result of a template message.
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param msgId the template message id returned by send ({@code MsgID})
 * @param status {@code success}, {@code failed:user block}, {@code failed: system failed}, ... ({@code Status})
 */
public record TemplateSendJobFinish(String toUser, String fromUser, Instant createTime, long msgId, String status) implements Event {
    /**
     * Validates required fields.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @param msgId the template message id returned by send ({@code MsgID})
     * @param status {@code success}, {@code failed:user block}, {@code failed: system failed}, ... ({@code Status})
     * @throws NullPointerException if {@code toUser}, {@code fromUser}, {@code createTime} or {@code status} is null
     */
    public TemplateSendJobFinish {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
        Objects.requireNonNull(status, "status");
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
        return "TEMPLATESENDJOBFINISH";
    }

    /**
     * Whether the template message reached the user ({@code Status} is {@code success}).
     *
     * @return true if {@code Status} is {@code success} (case and surrounding spaces ignored); false for every
     *     {@code failed:...} status
     */
    public boolean succeeded() {
        return "success".equalsIgnoreCase(status.trim());
    }
}
