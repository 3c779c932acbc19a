package io.wxkit.mp.mass;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.mp.internal.Checks;

/**
 * One article of a news message uploaded for mass sending ({@code media/uploadnews}).
 *
 * <pre>{@code
 * String mediaId = mp.mass().uploadNews(List.of(NewsArticle.of(thumbId, "Title", "<p>Body</p>")));
 * }</pre>
 *
 * @param thumbMediaId the cover image (a permanent or temporary image/thumb material)
 * @param author the author, or null
 * @param title the title
 * @param contentSourceUrl the "read more" link, or null
 * @param content the HTML body (images only from {@code media/uploadimg})
 * @param digest the summary, or null
 * @param showCoverPic 1 to show the cover in the body, or null
 * @param needOpenComment 1 to open comments, or null
 * @param onlyFansCanComment 1 to allow only followers to comment, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewsArticle(
        @JsonProperty("thumb_media_id") String thumbMediaId,
        @JsonProperty("author") String author,
        @JsonProperty("title") String title,
        @JsonProperty("content_source_url") String contentSourceUrl,
        @JsonProperty("content") String content,
        @JsonProperty("digest") String digest,
        @JsonProperty("show_cover_pic") Integer showCoverPic,
        @JsonProperty("need_open_comment") Integer needOpenComment,
        @JsonProperty("only_fans_can_comment") Integer onlyFansCanComment) {

    /**
     * @param thumbMediaId the cover image (a permanent or temporary image/thumb material)
     * @param author the author, or null
     * @param title the title
     * @param contentSourceUrl the "read more" link, or null
     * @param content the HTML body (images only from {@code media/uploadimg})
     * @param digest the summary, or null
     * @param showCoverPic 1 to show the cover in the body, or null
     * @param needOpenComment 1 to open comments, or null
     * @param onlyFansCanComment 1 to allow only followers to comment, or null
     * @throws IllegalArgumentException if the cover, title or content is blank
     */
    public NewsArticle {
        Checks.requireText(thumbMediaId, "thumb_media_id");
        Checks.requireText(title, "title");
        Checks.requireText(content, "content");
    }

    /**
     * An article with only the required fields.
     *
     * @param thumbMediaId the cover image; not blank
     * @param title the title; not blank
     * @param content the HTML body; not blank
     * @return the article
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public static NewsArticle of(String thumbMediaId, String title, String content) {
        return new NewsArticle(thumbMediaId, null, title, null, content, null, null, null, null);
    }
}
