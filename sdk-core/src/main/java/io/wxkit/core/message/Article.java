package io.wxkit.core.message;

import java.util.Objects;

/**
 * One article of a news reply ({@code Articles/item}).
 *
 * <pre>{@code
 * Article a = Article.of("Welcome", "What we do", "https://example.com/cover.jpg", "https://example.com/about");
 * }</pre>
 *
 * @param title the title ({@code Title})
 * @param description the description ({@code Description}); may be null
 * @param picUrl the cover image, 360x200 or 200x200 recommended ({@code PicUrl}); may be null
 * @param url the link opened on tap ({@code Url}); may be null
 */
public record Article(String title, String description, String picUrl, String url) {
    /**
     * Validates the title.
     *
     * @param title the title ({@code Title})
     * @param description the description ({@code Description}); may be null
     * @param picUrl the cover image, 360x200 or 200x200 recommended ({@code PicUrl}); may be null
     * @param url the link opened on tap ({@code Url}); may be null
     * @throws NullPointerException if {@code title} is null
     */
    public Article {
        Objects.requireNonNull(title, "title");
    }

    /**
     * Creates an article.
     *
     * @param title the title ({@code Title})
     * @param description the description ({@code Description}); may be null
     * @param picUrl the cover image URL ({@code PicUrl}); may be null
     * @param url the link opened on tap ({@code Url}); may be null
     * @return the article
     * @throws NullPointerException if {@code title} is null
     */
    public static Article of(String title, String description, String picUrl, String url) {
        return new Article(title, description, picUrl, url);
    }
}
