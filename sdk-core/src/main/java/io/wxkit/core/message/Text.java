package io.wxkit.core.message;

import java.time.Instant;
import java.util.Objects;

/**
 * An inbound text message ({@code MsgType=text}) a user sent to the Official Account.
 *
 * <pre>{@code
 * callback.on(Text.class, m -> m.content().startsWith("order"), m -> Reply.text(m, "ok"));
 * }</pre>
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param msgId the 64-bit message id ({@code MsgId}) used for de-duplication; 0 if absent
 * @param content what the user typed ({@code Content})
 */
public record Text(String toUser, String fromUser, Instant createTime, long msgId, String content) implements UserMessage {
    /**
     * Validates required fields.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @param msgId the 64-bit message id ({@code MsgId}) used for de-duplication; 0 if absent
     * @param content what the user typed ({@code Content})
     * @throws NullPointerException if {@code toUser}, {@code fromUser}, {@code createTime} or {@code content} is null
     */
    public Text {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
        Objects.requireNonNull(content, "content");
    }

    /** {@inheritDoc} */
    @Override
    public String msgType() {
        return "text";
    }
}
