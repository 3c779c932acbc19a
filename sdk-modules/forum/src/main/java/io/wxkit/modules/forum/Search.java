package io.wxkit.modules.forum;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import java.util.List;
import java.util.Locale;

/**
 * Searching live threads by title and opening post, newest first by keyset. On PostgreSQL a query of
 * space-separated words runs as full text ({@code to_tsvector('simple', ...) @@ plainto_tsquery}) on a GIN
 * expression index; on H2 and MariaDB, and on PostgreSQL for text in scripts written without spaces
 * (Chinese, Japanese), it is a case-insensitive substring match, which scans.
 *
 * <pre>{@code
 * Page<ForumThread> hits = forum.search().threads("dumplings recipe", PageRequest.first(20));
 * }</pre>
 *
 * <p>Thread-safe; get it from {@link ForumModule#search()}.
 */
public final class Search {
    /** The full-text expression, identical in the index and the query so PostgreSQL can use the index. */
    static final String DOCUMENT = "to_tsvector('simple', title || ' ' || body)";
    private final ModuleContext context;
    private final boolean fullText;

    Search(ModuleContext context, boolean fullText) {
        this.context = context;
        this.fullText = fullText;
    }

    /**
     * Whether word queries use PostgreSQL full text here.
     *
     * @return true on PostgreSQL (the GIN index exists), false on H2 and MariaDB
     */
    public boolean fullText() {
        return fullText;
    }

    /**
     * The live threads whose title or body match {@code query} (1-64 characters), newest first.
     *
     * @param query 1-64 characters after trimming
     * @param page the cursor and size (1..{@value io.wxkit.modules.common.PageRequest#MAX_SIZE})
     * @return the page and the cursor of the next one
     * @throws ModuleException {@code INVALID_INPUT} for an empty or too long query
     */
    public Page<ForumThread> threads(String query, PageRequest page) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty() || q.length() > 64) {
            throw new ModuleException(CommonError.INVALID_INPUT, "search query must have 1-64 characters");
        }
        boolean words = fullText && !hasUnspacedScript(q);
        String match = words
                ? DOCUMENT + " @@ plainto_tsquery('simple', :q)"
                : "(LOWER(title) LIKE :q ESCAPE '!' OR LOWER(body) LIKE :q ESCAPE '!')";
        // "id + 0": without it PostgreSQL walks the primary key backwards hoping to meet 21 matches soon and
        // reads every thread for a rare word (4.4 s at 100,000 threads); with it the GIN index is always used
        String order = words ? "id + 0 DESC" : "id DESC";
        String bound = words ? q : "%" + escapeLike(q.toLowerCase(Locale.ROOT)) + "%";
        List<ForumThread> rows = context.jdbi().withHandle(h -> h.createQuery("SELECT " + Rows.THREAD_COLUMNS
                        + " FROM wxkit_forum_thread WHERE " + match + " AND deleted_at IS NULL AND id < :after"
                        + " ORDER BY " + order + " LIMIT :limit")
                .bind("q", bound).bind("after", page.afterId()).bind("limit", page.size() + 1)
                .map(Rows.THREAD).list());
        return Page.of(rows, page, ForumThread::id);
    }

    static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The 'simple' text search configuration splits on spaces: it cannot find a word inside Han or kana text. */
    static boolean hasUnspacedScript(String s) {
        return s.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
        });
    }
}
