package io.wxkit.sso.interfaces;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.core.message.Article;
import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.UserMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the WeChat reply from a verified answer. Text is escaped ({@link Escape#wechatText}) and cut to
 * WeChat's 2048-byte text limit; news keeps http(s) links only and WeChat's article count (1 when
 * answering a user's message, up to 8 for an event such as a menu click).
 */
final class ReplyRenderer {
    /** WeChat's limit for a text message's content, in UTF-8 bytes. */
    static final int MAX_TEXT_BYTES = 2048;

    private ReplyRenderer() {
    }

    /** The reply, or {@code null} when a news answer has no usable article. */
    static Reply render(InboundMessage m, InterfaceRouter.Compiled route, Map<String, String> vars, JsonNode answer) {
        if (route.reply() != null) {
            return Reply.text(m, cut(route.reply().render(vars, answer, Escape::wechatText)));
        }
        ReplyTemplate.News news = (ReplyTemplate.News) route.definition().spec().reply();
        JsonNode items = JsonPath.parse(news.articlesPath()).find(answer);
        if (items == null || !items.isArray()) {
            return null;
        }
        int max = m instanceof UserMessage ? 1 : 8;
        List<Article> articles = new ArrayList<>();
        for (JsonNode item : items) {
            String title = Escape.wechatText(JsonPath.parse(news.titleField()).text(item));
            if (!title.isBlank()) {
                articles.add(new Article(cutChars(title, 64), optional(item, news.descriptionField(), 120),
                        link(item, news.picUrlField()), link(item, news.urlField())));
            }
            if (articles.size() == max) {
                break;
            }
        }
        return articles.isEmpty() ? null : Reply.news(m, articles);
    }

    /** {@code text} cut so its UTF-8 form fits {@link #MAX_TEXT_BYTES}, marked with an ellipsis when cut. */
    static String cut(String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= MAX_TEXT_BYTES) {
            return text;
        }
        int bytes = 3; // the ellipsis
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_TEXT_BYTES) {
                break;
            }
            sb.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return sb.append('\u2026').toString();
    }

    private static String optional(JsonNode item, String field, int max) {
        if (field == null) {
            return null;
        }
        String v = Escape.wechatText(JsonPath.parse(field).text(item));
        return v.isEmpty() ? null : cutChars(v, max);
    }

    private static String link(JsonNode item, String field) {
        if (field == null) {
            return null;
        }
        String v = JsonPath.parse(field).text(item);
        boolean web = (v.startsWith("https://") || v.startsWith("http://")) && v.length() <= 1000
                && v.chars().noneMatch(c -> c <= 0x20 || c == '"' || c == '<' || c == '>' || c == 0x7f);
        return web ? v : null;
    }

    private static String cutChars(String v, int max) {
        return v.length() <= max ? v : v.substring(0, max - 1) + '\u2026';
    }
}
