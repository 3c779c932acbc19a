package io.wxkit.mp.draft;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An article as WeChat returns it from the draft box or the published list ({@code news_item}).
 *
 * @param articleType {@code news} or {@code newspic} ({@code null} from older answers means news)
 * @param title the title
 * @param author the author
 * @param digest the summary
 * @param content the HTML body (empty when listed with {@code no_content})
 * @param contentSourceUrl the "read original" URL
 * @param thumbMediaId cover media id
 * @param thumbUrl cover URL
 * @param openComment whether comments are open ({@code need_open_comment})
 * @param onlyFansCanComment whether only followers may comment
 * @param url the article's URL (a temporary preview link for drafts, the permanent link once published)
 * @param deleted whether the published article was deleted ({@code is_deleted}; published articles only)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewsItem(
        @JsonProperty("article_type") String articleType,
        @JsonProperty("title") String title,
        @JsonProperty("author") String author,
        @JsonProperty("digest") String digest,
        @JsonProperty("content") String content,
        @JsonProperty("content_source_url") String contentSourceUrl,
        @JsonProperty("thumb_media_id") String thumbMediaId,
        @JsonProperty("thumb_url") String thumbUrl,
        @JsonProperty("need_open_comment") boolean openComment,
        @JsonProperty("only_fans_can_comment") boolean onlyFansCanComment,
        @JsonProperty("url") String url,
        @JsonProperty("is_deleted") boolean deleted) {
}
