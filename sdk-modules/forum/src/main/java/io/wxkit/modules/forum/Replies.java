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
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replies (回帖): posting into a thread (flat, quoting, or one level nested), the thread page in floor order
 * by keyset on {@code (thread_id, id)}, and the nested replies of one reply. A new reply notifies the thread
 * author by template message after commit, when the forum has a reply template and the context a notifier.
 *
 * <pre>{@code
 * Reply r = forum.replies().post(threadId, Participant.of(openid), ip, "Nice!", ReplyTo.thread());
 * Page<Reply> floors = forum.replies().list(threadId, PageRequest.first(20));
 * }</pre>
 *
 * <p>Thread-safe; get it from {@link ForumModule#replies()}.
 */
public final class Replies {
    private static final Logger log = LoggerFactory.getLogger(Replies.class);
    private final ModuleContext context;
    private final Gate gate;
    private final ForumOptions options;
    private final Transactions tx;

    Replies(ModuleContext context, Gate gate, ForumOptions options) {
        this.context = context;
        this.gate = gate;
        this.options = options;
        this.tx = Transactions.on(context.jdbi());
    }

    /**
     * Posts {@code body} by {@code author} into {@code threadId} at {@code to}.
     *
     * @param threadId the thread's id
     * @param author who posts; not null
     * @param ip the client's address for the abuse limits, or {@code null} if unknown
     * @param body 1 to the reply limit characters after trimming, accepted by the content filter
     * @param to where the reply goes; not null
     * @return the stored reply
     * @throws ModuleException {@code RATE_LIMITED}, {@code CONTENT_TOO_LONG}, {@code CONTENT_REJECTED},
     *     {@code THREAD_NOT_FOUND}, {@code THREAD_LOCKED}, {@code REPLY_NOT_FOUND} (quoted or
     *     parent reply not in this thread), {@code USER_BANNED}; nothing is stored when it throws
     * @throws NullPointerException if {@code author} or {@code to} is null
     */
    public Reply post(long threadId, Participant author, String ip, String body, ReplyTo to) {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(to, "to");
        context.abuseGuard().check("forum.reply", author.openid(), ip);
        String b = gate.content("body", body, gate.limits().reply());
        long now = context.clock().millis();
        Posted posted = tx.run(h -> {
            ForumThread thread = Rows.thread(h, threadId);
            if (thread.locked()) {
                throw new ModuleException(ForumError.THREAD_LOCKED, "thread " + threadId + " is locked");
            }
            gate.requireNotBanned(h, thread.boardId(), author.openid());
            Long parent = null;
            Long quote = null;
            if (to instanceof ReplyTo.Nested n) {
                Reply target = inThread(h, n.parentId(), threadId);
                parent = target.parentId().orElse(target.id());
            } else if (to instanceof ReplyTo.Flat f && f.quoteId() != 0) {
                quote = inThread(h, f.quoteId(), threadId).id();
            }
            long id = h.createUpdate("INSERT INTO wxkit_forum_reply (thread_id, parent_id, quote_id, author, body, likes, created_at)"
                            + " VALUES (:thread, :parent, :quote, :author, :body, 0, :now)")
                    .bind("thread", threadId).bind("parent", parent).bind("quote", quote).bind("author", author.openid())
                    .bind("body", b).bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            h.createUpdate("UPDATE wxkit_forum_thread SET replies = replies + 1, last_reply_at = :now WHERE id = :id")
                    .bind("now", now).bind("id", threadId).execute();
            return new Posted(Rows.reply(h, id), thread);
        });
        notifyAuthor(posted);
        return posted.reply();
    }

    /**
     * The replies of {@code threadId} in floor order (oldest first), nested ones included, by keyset.
     *
     * @param threadId the thread's id
     * @param page the cursor and size (1..{@value io.wxkit.modules.common.PageRequest#MAX_SIZE})
     * @return the page (deleted replies keep their floor, with an empty body) and the cursor of the next one
     */
    public Page<Reply> list(long threadId, PageRequest page) {
        List<Reply> rows = context.jdbi().withHandle(h -> h.createQuery("SELECT " + Rows.REPLY_COLUMNS
                        + " FROM wxkit_forum_reply WHERE thread_id = :thread AND id > :after ORDER BY id LIMIT :limit")
                .bind("thread", threadId).bind("after", Rows.ascendingAfter(page)).bind("limit", page.size() + 1)
                .map(Rows.REPLY).list());
        return Rows.ascendingPage(rows, page);
    }

    /**
     * The replies nested under top-level reply {@code parentId}, oldest first, by keyset.
     *
     * @param parentId the top-level reply's id
     * @param page the cursor and size (1..{@value io.wxkit.modules.common.PageRequest#MAX_SIZE})
     * @return the page and the cursor of the next one
     */
    public Page<Reply> children(long parentId, PageRequest page) {
        List<Reply> rows = context.jdbi().withHandle(h -> h.createQuery("SELECT " + Rows.REPLY_COLUMNS
                        + " FROM wxkit_forum_reply WHERE parent_id = :parent AND id > :after ORDER BY id LIMIT :limit")
                .bind("parent", parentId).bind("after", Rows.ascendingAfter(page)).bind("limit", page.size() + 1)
                .map(Rows.REPLY).list());
        return Rows.ascendingPage(rows, page);
    }

    private static Reply inThread(Handle h, long replyId, long threadId) {
        Reply r = Rows.reply(h, replyId);
        if (r.threadId() != threadId) {
            throw new ModuleException(ForumError.REPLY_NOT_FOUND, "reply " + replyId + " is not in thread " + threadId);
        }
        return r;
    }

    /** After commit: a failed WeChat call must not make the stored reply look failed. */
    private void notifyAuthor(Posted posted) {
        String template = options.replyTemplateId();
        if (template == null || context.templates().isEmpty() || posted.thread().author().equals(posted.reply().author())) {
            return;
        }
        String url = options.threadUrlPrefix() == null ? null : options.threadUrlPrefix() + posted.thread().id();
        Map<String, String> data = Map.of("thing1", clip(posted.thread().title()), "thing2", clip(posted.reply().body()));
        try {
            context.templates().get().send(posted.thread().author(), template, data, url);
        } catch (RuntimeException e) {
            log.warn("forum reply notification for thread {} failed: {}", posted.thread().id(), e.getClass().getSimpleName());
        }
    }

    /** WeChat's "thing" keywords hold at most 20 characters. */
    static String clip(String text) {
        return text.length() <= 20 ? text : text.substring(0, 19) + "…";
    }

    private record Posted(Reply reply, ForumThread thread) {
    }

    /**
     * The live replies of every thread, newest first (keyset on the id): the moderators' queue of new replies.
     *
     * <pre>{@code
     * Page<Reply> queue = forum.replies().latest(PageRequest.first(50));
     * }</pre>
     *
     * @param page the cursor and size (1..{@value io.wxkit.modules.common.PageRequest#MAX_SIZE})
     * @return the page and the cursor of the next one
     */
    public Page<Reply> latest(PageRequest page) {
        List<Reply> rows = context.jdbi().withHandle(h -> h.createQuery("SELECT " + Rows.REPLY_COLUMNS
                        + " FROM wxkit_forum_reply WHERE id < :after AND deleted_at IS NULL ORDER BY id DESC LIMIT :limit")
                .bind("after", page.afterId()).bind("limit", page.size() + 1).map(Rows.REPLY).list());
        return Page.of(rows, page, Reply::id);
    }

    /**
     * The replies posted on each day from {@code first} to {@code last} (both included, the module's zone) in every
     * thread, nested ones included, one entry per day, days without replies as {@code 0}. Replies a moderator
     * deleted later still count: this is what was posted that day. One query.
     *
     * @param first the first day, in the module's time zone; not null
     * @param last  the last day, included; not before {@code first}, at most 400 days after it
     * @return one count a day from {@code first} to {@code last}, in order
     * @throws ModuleException {@code INVALID_INPUT} when {@code last} is before {@code first} or the range is longer
     *                         than 400 days
     */
    public List<DailyCount> perDay(LocalDate first, LocalDate last) {
        return DayCounts.of(context, "wxkit_forum_reply", "created_at", null, first, last);
    }
}
