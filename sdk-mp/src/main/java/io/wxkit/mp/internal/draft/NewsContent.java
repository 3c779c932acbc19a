package io.wxkit.mp.internal.draft;

import io.wxkit.mp.draft.NewsItem;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Wire shape {@code {"news_item":[...]}} shared by draft/get, the {@code content} of listed drafts
 * and published articles, and freepublish/getarticle. Public only so sibling packages can read it.
 *
 * @param newsItem the articles, never {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewsContent(@JsonProperty("news_item") List<NewsItem> newsItem) {
    public NewsContent {
        newsItem = newsItem == null ? List.of() : List.copyOf(newsItem);
    }
}
