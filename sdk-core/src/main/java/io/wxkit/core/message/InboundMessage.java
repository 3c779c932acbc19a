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
    /** The account that received the message ({@code ToUserName}, the gh_ id). */
    String toUser();

    /** The sender's openid ({@code FromUserName}). */
    String fromUser();

    /** When WeChat created the message ({@code CreateTime}). */
    Instant createTime();

    /** The wire {@code MsgType}: {@code text}, {@code image}, ..., {@code event}. */
    String msgType();
}
