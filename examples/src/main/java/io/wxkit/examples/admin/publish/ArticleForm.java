package io.wxkit.examples.admin.publish;

import java.util.LinkedHashMap;
import java.util.Map;

/** The article form; {@link #errors()} applies WeChat's draft limits (title ≤ 64, author ≤ 16, digest ≤ 120 chars). */
record ArticleForm(String title, String author, String digest, String content) {
    static final int MAX_TITLE = 64;
    static final int MAX_AUTHOR = 16;
    static final int MAX_DIGEST = 120;
    static final int MAX_CONTENT = 20_000;

    ArticleForm {
        title = title == null ? "" : title.trim();
        author = author == null ? "" : author.trim();
        digest = digest == null ? "" : digest.trim();
        content = content == null ? "" : content.trim();
    }

    static ArticleForm blank() {
        return new ArticleForm("", "", "", "");
    }

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            errors.put("title", "标题 1–" + MAX_TITLE + " 个字 Title: 1–" + MAX_TITLE + " characters");
        }
        if (author.length() > MAX_AUTHOR) {
            errors.put("author", "作者最多 " + MAX_AUTHOR + " 个字 At most " + MAX_AUTHOR + " characters");
        }
        if (digest.length() > MAX_DIGEST) {
            errors.put("digest", "摘要最多 " + MAX_DIGEST + " 个字 At most " + MAX_DIGEST + " characters");
        }
        if (content.isEmpty() || content.length() > MAX_CONTENT) {
            errors.put("content", "正文 1–20000 个字 Content: 1–20000 characters");
        }
        return errors;
    }
}
