package io.wxkit.mp.draft;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * An article to put in the draft box ({@code /cgi-bin/draft/add}, {@code /cgi-bin/draft/update}):
 * a news article (图文消息) or a picture message (图片消息, {@code newspic}).
 *
 * <pre>{@code
 * Article a = Article.news("Spring vote", "<p>Vote now</p>", thumbMediaId).withAuthor("Editor").withComments(true, false);
 * String draftId = mp.drafts().add(List.of(a));
 * }</pre>
 *
 * <p>Immutable; the {@code with}-methods return copies. Images inside {@code content} must come from
 * {@code mp.media().uploadImage(..)}; other image URLs are filtered by WeChat.
 *
 * @param articleType {@code news} or {@code newspic}
 * @param title the title
 * @param author the author, or {@code null}
 * @param digest the summary (single-article drafts only), or {@code null} for the first 54 characters
 * @param content HTML body, under 20,000 characters (plain text for {@code newspic})
 * @param contentSourceUrl the "read original" URL, or {@code null}
 * @param thumbMediaId permanent media id of the cover (required for news)
 * @param openComment whether comments are open
 * @param onlyFansCanComment whether only followers may comment
 * @param picCrop2351 cover crop for 2.35:1 ({@code X1_Y1_X2_Y2}), or {@code null}
 * @param picCrop11 cover crop for 1:1, or {@code null}
 * @param imageMediaIds the images of a {@code newspic} (1..20 permanent media ids), empty for news
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"article_type", "title", "author", "digest", "content", "content_source_url", "thumb_media_id",
        "need_open_comment", "only_fans_can_comment", "pic_crop_235_1", "pic_crop_1_1", "image_info"})
public record Article(
        @JsonProperty("article_type") String articleType,
        @JsonProperty("title") String title,
        @JsonProperty("author") String author,
        @JsonProperty("digest") String digest,
        @JsonProperty("content") String content,
        @JsonProperty("content_source_url") String contentSourceUrl,
        @JsonProperty("thumb_media_id") String thumbMediaId,
        @JsonIgnore boolean openComment,
        @JsonIgnore boolean onlyFansCanComment,
        @JsonProperty("pic_crop_235_1") String picCrop2351,
        @JsonProperty("pic_crop_1_1") String picCrop11,
        @JsonIgnore List<String> imageMediaIds) {

    /** Content must be shorter than this many characters. */
    public static final int MAX_CONTENT_CHARS = 20_000;
    static final int MAX_NEWSPIC_IMAGES = 20;

    /**
     * Validates the article and copies {@code imageMediaIds}.
     *
     * @param articleType {@code news} or {@code newspic}
     * @param title the title; not blank
     * @param author the author, or {@code null}
     * @param digest the summary, or {@code null}
     * @param content the body; not blank, shorter than {@value #MAX_CONTENT_CHARS} characters
     * @param contentSourceUrl the "read original" URL, or {@code null}
     * @param thumbMediaId permanent media id of the cover; not blank for {@code news}
     * @param openComment whether comments are open ({@code need_open_comment})
     * @param onlyFansCanComment whether only followers may comment ({@code only_fans_can_comment})
     * @param picCrop2351 cover crop for 2.35:1, or {@code null}
     * @param picCrop11 cover crop for 1:1, or {@code null}
     * @param imageMediaIds the images of a {@code newspic}, or null (empty) for news
     * @throws IllegalArgumentException if {@code articleType} is neither {@code news} nor {@code newspic},
     *     {@code title} or {@code content} is blank, {@code content} has {@value #MAX_CONTENT_CHARS}
     *     characters or more, a news article has no cover, or a {@code newspic} has not 1..20 images
     */
    public Article {
        if (!"news".equals(articleType) && !"newspic".equals(articleType)) {
            throw new IllegalArgumentException("articleType must be news or newspic");
        }
        requireText(title, "title");
        requireText(content, "content");
        if (content.length() >= MAX_CONTENT_CHARS) {
            throw new IllegalArgumentException("content must be shorter than 20000 characters");
        }
        imageMediaIds = imageMediaIds == null ? List.of() : List.copyOf(imageMediaIds);
        if ("news".equals(articleType)) {
            requireText(thumbMediaId, "thumbMediaId (cover) of a news article");
        } else if (imageMediaIds.isEmpty() || imageMediaIds.size() > MAX_NEWSPIC_IMAGES) {
            throw new IllegalArgumentException("a newspic needs 1.." + MAX_NEWSPIC_IMAGES + " images");
        }
    }

    /**
     * A news article with title, HTML content and cover (permanent media id); comments closed.
     *
     * @param title the title; not blank
     * @param content the HTML body; not blank, shorter than {@value #MAX_CONTENT_CHARS} characters
     * @param thumbMediaId the cover's permanent media id ({@code mp.materials().add(..)}); not blank
     * @return the article
     * @throws IllegalArgumentException if an argument is blank or {@code content} is too long
     */
    public static Article news(String title, String content, String thumbMediaId) {
        return new Article("news", title, null, null, content, null, thumbMediaId, false, false, null, null, List.of());
    }

    /**
     * A picture message with title, plain-text content and 1..20 images (permanent media ids).
     *
     * @param title the title; not blank
     * @param content the plain-text body; not blank, shorter than {@value #MAX_CONTENT_CHARS} characters
     * @param imageMediaIds 1..20 permanent media ids of images
     * @return the picture message
     * @throws IllegalArgumentException if an argument is blank, {@code content} is too long, or
     *     {@code imageMediaIds} has not 1..20 entries
     */
    public static Article newspic(String title, String content, List<String> imageMediaIds) {
        return new Article("newspic", title, null, null, content, null, null, false, false, null, null, imageMediaIds);
    }

    /**
     * A copy with the author.
     *
     * @param value the {@code author}, or {@code null} for none
     * @return a copy with {@code author} set
     */
    public Article withAuthor(String value) {
        return new Article(articleType, title, value, digest, content, contentSourceUrl, thumbMediaId, openComment,
                onlyFansCanComment, picCrop2351, picCrop11, imageMediaIds);
    }

    /**
     * A copy with the summary.
     *
     * @param value the {@code digest}, or {@code null} for WeChat's default (the first 54 characters)
     * @return a copy with {@code digest} set
     */
    public Article withDigest(String value) {
        return new Article(articleType, title, author, value, content, contentSourceUrl, thumbMediaId, openComment,
                onlyFansCanComment, picCrop2351, picCrop11, imageMediaIds);
    }

    /**
     * A copy with the "read original" URL.
     *
     * @param value the {@code content_source_url}, or {@code null} for none
     * @return a copy with {@code content_source_url} set
     */
    public Article withContentSourceUrl(String value) {
        return new Article(articleType, title, author, digest, content, value, thumbMediaId, openComment,
                onlyFansCanComment, picCrop2351, picCrop11, imageMediaIds);
    }

    /**
     * A copy with comments opened or closed, and restricted to followers or not.
     *
     * @param open sent as {@code need_open_comment} 1 or 0
     * @param onlyFans sent as {@code only_fans_can_comment} 1 or 0
     * @return a copy with both comment settings
     */
    public Article withComments(boolean open, boolean onlyFans) {
        return new Article(articleType, title, author, digest, content, contentSourceUrl, thumbMediaId, open,
                onlyFans, picCrop2351, picCrop11, imageMediaIds);
    }

    /**
     * A copy with the cover crops ({@code X1_Y1_X2_Y2} in 0..1 fractions, WeChat's format).
     *
     * @param crop2351 {@code pic_crop_235_1} in that format, or {@code null}
     * @param crop11 {@code pic_crop_1_1} in that format, or {@code null}
     * @return a copy with both crops
     */
    public Article withCoverCrops(String crop2351, String crop11) {
        return new Article(articleType, title, author, digest, content, contentSourceUrl, thumbMediaId, openComment,
                onlyFansCanComment, crop2351, crop11, imageMediaIds);
    }

    @JsonProperty("need_open_comment")
    int needOpenCommentWire() {
        return openComment ? 1 : 0;
    }

    @JsonProperty("only_fans_can_comment")
    int onlyFansCanCommentWire() {
        return onlyFansCanComment ? 1 : 0;
    }

    @JsonProperty("image_info")
    ImageInfo imageInfo() {
        return imageMediaIds.isEmpty() ? null : new ImageInfo(imageMediaIds.stream().map(Image::new).toList());
    }

    record ImageInfo(@JsonProperty("image_list") List<Image> imageList) {
    }

    record Image(@JsonProperty("image_media_id") String imageMediaId) {
    }

    static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return Objects.requireNonNull(value);
    }
}
