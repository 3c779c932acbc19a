package io.wxkit.core.message;

import java.util.List;
import java.util.Objects;

/**
 * A passive news reply ({@code MsgType=news}) with 1 to 8 articles; build it with {@link Reply#news}.
 *
 * @param toUser the user the reply goes to ({@code ToUserName})
 * @param fromUser the replying account ({@code FromUserName})
 * @param articles the articles ({@code Articles/item}), 1 to 8
 */
public record NewsReply(String toUser, String fromUser, List<Article> articles) implements Reply {
    /**
     * Validates required fields.
     *
     * @param toUser the user the reply goes to ({@code ToUserName})
     * @param fromUser the replying account ({@code FromUserName})
     * @param articles the articles ({@code Articles/item}), 1 to 8; copied
     * @throws NullPointerException if {@code toUser}, {@code fromUser} or {@code articles} is null, or an article is
     *     null
     * @throws IllegalArgumentException if there are no articles or more than 8
     */
    public NewsReply {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        articles = List.copyOf(articles);
        if (articles.isEmpty() || articles.size() > 8) {
            throw new IllegalArgumentException("a news reply has 1 to 8 articles, got " + articles.size());
        }
    }

    /** {@inheritDoc} */
    @Override
    public String msgType() {
        return "news";
    }
}
