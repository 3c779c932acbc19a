package io.wxkit.mp.freepublish;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.mp.internal.draft.NewsContent;
import io.wxkit.mp.draft.NewsItem;
import java.time.Instant;
import java.util.List;

/**
 * One published message in the published list ({@code /cgi-bin/freepublish/batchget}).
 *
 * @param articleId the published article id
 * @param articles its articles (without content when listed without content)
 * @param updateTime last change
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublishedItem(String articleId, List<NewsItem> articles, Instant updateTime) {
    /**
     * Copies {@code articles}; a missing list becomes empty.
     *
     * @param articleId the published article id
     * @param articles its articles, or null
     * @param updateTime last change
     */
    public PublishedItem {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    @JsonCreator
    static PublishedItem fromWire(@JsonProperty("article_id") String articleId, @JsonProperty("content") NewsContent content,
            @JsonProperty("update_time") long updateTime) {
        return new PublishedItem(articleId, content == null ? List.of() : content.newsItem(), Instant.ofEpochSecond(updateTime));
    }
}
