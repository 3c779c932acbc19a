package io.wxkit.core.message;

import java.util.Objects;

/**
 * A passive text reply ({@code MsgType=text}); build it with {@link Reply#text}.
 *
 * @param toUser the user the reply goes to ({@code ToUserName})
 * @param fromUser the replying account ({@code FromUserName})
 * @param content the text ({@code Content})
 */
public record TextReply(String toUser, String fromUser, String content) implements Reply {
    /**
     * Validates required fields.
     *
     * @param toUser the user the reply goes to ({@code ToUserName})
     * @param fromUser the replying account ({@code FromUserName})
     * @param content the text ({@code Content})
     * @throws NullPointerException if {@code toUser}, {@code fromUser} or {@code content} is null
     */
    public TextReply {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(content, "content");
    }

    /** {@inheritDoc} */
    @Override
    public String msgType() {
        return "text";
    }
}
