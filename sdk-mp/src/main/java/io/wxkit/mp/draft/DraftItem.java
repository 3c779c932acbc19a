package io.wxkit.mp.draft;

import io.wxkit.mp.internal.draft.NewsContent;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * One draft in the draft box listing ({@code /cgi-bin/draft/batchget}).
 *
 * @param mediaId the draft's media id
 * @param articles its articles (without content when listed with {@code noContent})
 * @param updateTime last change
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
public record DraftItem(String mediaId, List<NewsItem> articles, Instant updateTime) {
    /**
     * Copies {@code articles}; a missing list becomes empty.
     *
     * @param mediaId the draft's media id
     * @param articles its articles, or null
     * @param updateTime last change
     */
    public DraftItem {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    @JsonCreator
    static DraftItem fromWire(@JsonProperty("media_id") String mediaId, @JsonProperty("content") NewsContent content,
            @JsonProperty("update_time") long updateTime) {
        return new DraftItem(mediaId, content == null ? List.of() : content.newsItem(), Instant.ofEpochSecond(updateTime));
    }
}
