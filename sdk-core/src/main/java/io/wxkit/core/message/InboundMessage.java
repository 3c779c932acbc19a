package io.wxkit.core.message;

import java.time.Instant;

/**
 * A message or event WeChat pushed to the Official Account's callback URL: one record per documented
 * {@code MsgType}/{@code Event}, or {@link Unknown} for types added after this SDK.
 *
 * <pre>{@code
 * InboundMessage m = MessageCodec.create().decode(xml);
 * if (m instanceof Text t) { reply = Reply.text(t, "you said " + t.content()); }
 * }</pre>
 *
 * <p>Every implementation is an immutable record.
 */
public sealed interface InboundMessage permits UserMessage, Event, Unknown {
    /**
     * The account that received the message ({@code ToUserName}, the gh_ id).
     *
     * @return the {@code ToUserName} value, never null
     */
    String toUser();

    /**
     * The sender's openid ({@code FromUserName}).
     *
     * @return the {@code FromUserName} openid, never null
     */
    String fromUser();

    /**
     * When WeChat created the message ({@code CreateTime}).
     *
     * @return the {@code CreateTime} (Unix seconds on the wire) as an instant, never null
     */
    Instant createTime();

    /**
     * The wire {@code MsgType}: {@code text}, {@code image}, ..., {@code event}.
     *
     * @return the {@code MsgType} value, never null
     */
    String msgType();
}
