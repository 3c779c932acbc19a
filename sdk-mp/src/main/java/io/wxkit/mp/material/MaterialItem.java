package io.wxkit.mp.material;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.mp.internal.draft.NewsContent;
import io.wxkit.mp.draft.NewsItem;
import java.time.Instant;
import java.util.List;

/**
 * One permanent material in a listing ({@code /cgi-bin/material/batchget_material}).
 *
 * @param mediaId the permanent media id
 * @param name the file name (not for news)
 * @param updateTime last change
 * @param url the image URL (images only)
 * @param articles the articles of a news material, empty for other types
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MaterialItem(String mediaId, String name, Instant updateTime, String url, List<NewsItem> articles) {
    /**
     * Copies {@code articles}; a missing list becomes empty.
     *
     * @param mediaId the permanent media id
     * @param name the file name (not for news)
     * @param updateTime last change
     * @param url the image URL (images only)
     * @param articles the articles of a news material, or null
     */
    public MaterialItem {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    @JsonCreator
    static MaterialItem fromWire(@JsonProperty("media_id") String mediaId, @JsonProperty("name") String name,
            @JsonProperty("update_time") long updateTime, @JsonProperty("url") String url,
            @JsonProperty("content") NewsContent content) {
        return new MaterialItem(mediaId, name, Instant.ofEpochSecond(updateTime), url,
                content == null ? List.of() : content.newsItem());
    }
}
