package io.wxkit.modules.forum;

import io.wxkit.modules.common.DailyCount;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.internal.stats.DayCounts;
import io.wxkit.modules.common.internal.db.Transactions;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Threads (主题帖): posting, opening (counts a view), the board listing newest first by keyset, and the
 * pinned threads shown above it.
 *
 * <pre>{@code
 * ForumThread t = forum.threads().post(boardId, Participant.of(openid), ip, "Hello", "First post");
 * Page<ForumThread> page = forum.threads().list(boardId, PageRequest.first(20));
 * }</pre>
 *
 * <p>Thread-safe; get it from {@link ForumModule#threads()}.
 */
public final class Threads {
    private final ModuleContext context;
    private final Gate gate;
    private final Transactions tx;

    Threads(ModuleContext context, Gate gate) {
        this.context = context;
        this.gate = gate;
        this.tx = Transactions.on(context.jdbi());
    }

    /**
     * Posts a thread by {@code author} (from client address {@code ip}, {@code null} if unknown) on
     * {@code boardId}.
     *
     * @param boardId the board's id
     * @param author who posts; not null
     * @param ip the client's address for the abuse limits, or {@code null} if unknown
     * @param title 1 to the title limit characters after trimming, accepted by the content filter
     * @param body 1 to the thread limit characters after trimming, accepted by the content filter
     * @return the stored thread
     * @throws ModuleException {@code RATE_LIMITED}, {@code CONTENT_TOO_LONG}, {@code CONTENT_REJECTED},
     *     {@code BOARD_NOT_FOUND}, {@code USER_BANNED}; nothing is stored when it throws
     * @throws NullPointerException if {@code author} is null
     */
    public ForumThread post(long boardId, Participant author, String ip, String title, String body) {
        Objects.requireNonNull(author, "author");
        context.abuseGuard().check("forum.post", author.openid(), ip);
        String t = gate.content("title", title, gate.limits().title());
        String b = gate.content("body", body, gate.limits().thread());
        long now = context.clock().millis();
        long id = tx.run(h -> {
            Rows.board(h, boardId);
            gate.requireNotBanned(h, boardId, author.openid());
            long threadId = h.createUpdate("INSERT INTO wxkit_forum_thread (board_id, author, title, body, pinned, locked,"
                            + " replies, likes, views, created_at, last_reply_at)"
                            + " VALUES (:board, :author, :title, :body, FALSE, FALSE, 0, 0, 0, :now, :now)")
                    .bind("board", boardId).bind("author", author.openid()).bind("title", t).bind("body", b).bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            h.createUpdate("UPDATE wxkit_forum_board SET threads = threads + 1 WHERE id = :board").bind("board", boardId).execute();
            return threadId;
        });
        return find(id);
    }

    /**
     * The thread {@code id} as a reader opens it: counts one view.
     *
     * @param id the thread's id
     * @return the thread, its {@code views} including this one
     * @throws ModuleException {@code THREAD_NOT_FOUND}
     */
    public ForumThread open(long id) {
        return tx.run(h -> {
            int n = h.createUpdate("UPDATE wxkit_forum_thread SET views = views + 1 WHERE id = :id AND deleted_at IS NULL")
                    .bind("id", id).execute();
            if (n == 0) {
                throw new ModuleException(ForumError.THREAD_NOT_FOUND, "no thread " + id);
            }
            return Rows.thread(h, id);
        });
    }

    /**
     * The thread {@code id} without counting a view.
     *
     * @param id the thread's id
     * @return the thread
     * @throws ModuleException {@code THREAD_NOT_FOUND}
     */
    public ForumThread find(long id) {
        return context.jdbi().withHandle(h -> Rows.thread(h, id));
    }

    /**
     * The live threads of {@code boardId}, newest first, by keyset on {@code (board_id, id)}: the cost of a
     * page does not grow with its depth, and threads posted while a reader pages never shift later pages.
     * Pinned threads appear here too, in their place; {@link #pinned(long)} lists them for the top.
     *
     * @param boardId the board's id
     * @param page the cursor and size (1..{@value io.wxkit.modules.common.PageRequest#MAX_SIZE})
     * @return the page and the cursor of the next one
     */
    public Page<ForumThread> list(long boardId, PageRequest page) {
        List<ForumThread> rows = context.jdbi().withHandle(h -> h.createQuery("SELECT " + Rows.THREAD_COLUMNS
                        + " FROM wxkit_forum_thread WHERE board_id = :board AND id < :after AND deleted_at IS NULL"
                        + " ORDER BY id DESC LIMIT :limit")
                .bind("board", boardId).bind("after", page.afterId()).bind("limit", page.size() + 1)
                .map(Rows.THREAD).list());
        return Page.of(rows, page, ForumThread::id);
    }

    /**
     * The pinned live threads of {@code boardId}, newest first (moderators pin a handful, not pages).
     *
     * @param boardId the board's id
     * @return at most 50 pinned threads
     */
    public List<ForumThread> pinned(long boardId) {
        return context.jdbi().withHandle(h -> h.createQuery("SELECT " + Rows.THREAD_COLUMNS
                        + " FROM wxkit_forum_thread WHERE board_id = :board AND pinned = TRUE AND deleted_at IS NULL"
                        + " ORDER BY id DESC LIMIT 50")
                .bind("board", boardId).map(Rows.THREAD).list());
    }

    /**
     * The live threads of every board, newest first (keyset on the id): the moderators' queue of new posts.
     *
     * <pre>{@code
     * Page<ForumThread> queue = forum.threads().latest(PageRequest.first(50));
     * }</pre>
     *
     * @param page the cursor and size (1..{@value io.wxkit.modules.common.PageRequest#MAX_SIZE})
     * @return the page and the cursor of the next one
     */
    public Page<ForumThread> latest(PageRequest page) {
        List<ForumThread> rows = context.jdbi().withHandle(h -> h.createQuery("SELECT " + Rows.THREAD_COLUMNS
                        + " FROM wxkit_forum_thread WHERE id < :after AND deleted_at IS NULL ORDER BY id DESC LIMIT :limit")
                .bind("after", page.afterId()).bind("limit", page.size() + 1).map(Rows.THREAD).list());
        return Page.of(rows, page, ForumThread::id);
    }

    /**
     * The threads started on each day from {@code first} to {@code last} (both included, the module's zone) on every
     * board, one entry per day, days without threads as {@code 0}. Threads a moderator deleted later still count:
     * this is what was posted that day. One query.
     *
     * @param first the first day, in the module's time zone; not null
     * @param last  the last day, included; not before {@code first}, at most 400 days after it
     * @return one count a day from {@code first} to {@code last}, in order
     * @throws ModuleException {@code INVALID_INPUT} when {@code last} is before {@code first} or the range is longer
     *                         than 400 days
     */
    public List<DailyCount> perDay(LocalDate first, LocalDate last) {
        return DayCounts.of(context, "wxkit_forum_thread", "created_at", null, first, last);
    }
}
