package io.wxkit.examples.admin.publish;

import java.time.Instant;

/** A news article written in the console; {@code draftMediaId} once saved as a WeChat draft, then published. */
public record StoredArticle(long id, String appId, String title, String author, String digest, String content,
                            String draftMediaId, String publishId, String publishedArticleId, String createdBy,
                            Instant createdAt) {
    public String state() {
        if (publishedArticleId != null) {
            return "已发布 published";
        }
        return publishId != null ? "发布中 publishing" : draftMediaId != null ? "草稿 draft" : "本地 local";
    }
}
