package io.wxkit.examples.admin.users;

import io.wxkit.mp.tag.Tag;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The followers page's search as the action forms carry it back (hidden fields {@code q}, {@code tag}, {@code next}),
 * so that tagging, untagging, a remark or a block returns to the same search and page.
 *
 * @param q    the text searched in openid, nickname and remark, or empty
 * @param tag  the tag id filtered on, or empty
 * @param next the openid the page continues after, or empty
 */
record Search(String q, String tag, String next) {
    static final int MAX_QUERY = 64;
    static final Pattern TAG_ID = Pattern.compile("\\d{1,10}");
    static final Pattern OPENID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    Search {
        q = q == null ? "" : q;
        tag = tag == null ? "" : tag;
        next = next == null ? "" : next;
    }

    /** What is wrong with the search, in the page's words, or null when it can run. */
    static String problem(String q, String tag, String next, List<Tag> tags) {
        String shape = shapeProblem(q, tag, next);
        if (shape == null && !tag.isBlank() && tags.stream().noneMatch(t -> String.valueOf(t.id()).equals(tag.strip()))) {
            return "没有这个标签 No such tag: " + tag.strip();
        }
        return shape;
    }

    private static String shapeProblem(String q, String tag, String next) {
        if (q.strip().length() > MAX_QUERY) {
            return "搜索词最多 " + MAX_QUERY + " 个字 Search for at most " + MAX_QUERY + " characters";
        }
        if (!tag.isBlank() && !TAG_ID.matcher(tag.strip()).matches()) {
            return "没有这个标签 No such tag: " + tag.strip();
        }
        if (!next.isBlank() && !OPENID.matcher(next.strip()).matches()) {
            return "翻页位置不是 openid The page cursor is not an openid";
        }
        return null;
    }

    /** The redirect back to this search of account {@code appId}; a search that cannot run returns to the start. */
    String redirect(String appId) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/admin/users").queryParam("app", appId);
        if (shapeProblem(q, tag, next) == null) {
            add(url, "q", q.strip());
            add(url, "tag", tag.strip());
            add(url, "next", next.strip());
        }
        return "redirect:" + url.build().encode().toUriString(); // braces too: RedirectView would expand {..}
    }

    private static void add(UriComponentsBuilder url, String name, String value) {
        if (!value.isEmpty()) {
            url.queryParam(name, value);
        }
    }
}
