package io.wxkit.examples.admin.publish;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The mass-send form: to whom ({@code all}, a {@code tag}, or a {@code list} of openids, 2–10 000 per WeChat
 * call, split by sdk-mp) and what (a {@code text}, or one of the console's {@code article}s as news).
 */
record MassForm(String appId, String target, String tagId, String openids, String kind, String text, String articleId) {
    static final int MAX_TEXT_BYTES = 2048;

    MassForm {
        target = target == null || target.isBlank() ? "all" : target;
        kind = kind == null || kind.isBlank() ? "text" : kind;
        tagId = tagId == null ? "" : tagId.trim();
        openids = openids == null ? "" : openids.trim();
        text = text == null ? "" : text.trim();
        articleId = articleId == null ? "" : articleId.trim();
    }

    static MassForm blank(String appId) {
        return new MassForm(appId, "all", "", "", "text", "", "");
    }

    List<String> openidList() {
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(openids.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList()));
    }

    String describeTarget() {
        return switch (target) {
            case "tag" -> "tag " + tagId;
            case "list" -> openidList().size() + " openids";
            default -> "all followers";
        };
    }

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        switch (target) {
            case "all" -> { }
            case "tag" -> {
                if (!tagId.matches("\\d{1,10}")) {
                    errors.put("tagId", "请选择标签 Choose a tag");
                }
            }
            case "list" -> {
                if (openidList().size() < 2) {
                    errors.put("openids", "按名单群发至少 2 个 openid（微信的限制）A list needs at least 2 openids (WeChat's rule)");
                }
            }
            default -> errors.put("target", "请选择对象 Choose the recipients");
        }
        if (kind.equals("text")) {
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes == 0 || bytes > MAX_TEXT_BYTES) {
                errors.put("text", "文字 1–2048 字节 Text: 1–2048 bytes");
            }
        } else if (kind.equals("article")) {
            if (!articleId.matches("\\d{1,18}")) {
                errors.put("articleId", "请选择文章 Choose an article");
            }
        } else {
            errors.put("kind", "请选择内容 Choose what to send");
        }
        return errors;
    }
}
