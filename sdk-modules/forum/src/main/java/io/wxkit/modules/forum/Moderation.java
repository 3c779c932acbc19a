package io.wxkit.modules.forum;

import io.wxkit.modules.common.AuditEntry;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.internal.db.Transactions;
import java.time.Duration;
import org.jdbi.v3.core.Handle;

/**
 * What board moderators and forum administrators do, each call made with the actor's own openid and
 * checked against the board: pin, lock, soft-delete with a reason, ban and unban. Every action is written
 * to the audit log in the same transaction.
 *
 * <pre>{@code
 * forum.moderation().lock("oModerator", threadId, true);
 * forum.moderation().deleteReply("oModerator", replyId, "advertising");
 * forum.moderation().ban("oModerator", boardId, "oSpammer", Duration.ofDays(7), "spam");
 * }</pre>
 *
 * <p>Thread-safe; get it from {@link ForumModule#moderation()}.
 */
public final class Moderation {
    private final ModuleContext context;
    private final Transactions tx;

    Moderation(ModuleContext context) {
        this.context = context;
        this.tx = Transactions.on(context.jdbi());
    }

    /**
     * Pins ({@code true}) or unpins thread {@code threadId}.
     *
     * @param actor the acting moderator's or administrator's openid
     * @param threadId the thread's id
     * @param pinned true to pin, false to unpin
     * @throws ModuleException {@code THREAD_NOT_FOUND}, {@code NOT_MODERATOR}
     */
    public void pin(String actor, long threadId, boolean pinned) {
        flag(actor, threadId, "pinned", pinned);
    }

    /**
     * Locks ({@code true}: no new replies) or unlocks thread {@code threadId}.
     *
     * @param actor the acting moderator's or administrator's openid
     * @param threadId the thread's id
     * @param locked true to lock, false to unlock
     * @throws ModuleException {@code THREAD_NOT_FOUND}, {@code NOT_MODERATOR}
     */
    public void lock(String actor, long threadId, boolean locked) {
        flag(actor, threadId, "locked", locked);
    }

    /**
     * Soft-deletes thread {@code threadId} for {@code reason} (1-200 characters): it leaves listings and
     * search, the row stays for the audit.
     *
     * @param actor the acting moderator's or administrator's openid
     * @param threadId the thread's id
     * @param reason 1-200 characters after trimming, kept with the row and in the audit log
     * @throws ModuleException {@code THREAD_NOT_FOUND}, {@code NOT_MODERATOR}, {@code CONTENT_TOO_LONG}
     */
    public void deleteThread(String actor, long threadId, String reason) {
        String r = Gate.reason(reason);
        tx.use(h -> {
            ForumThread t = Rows.thread(h, threadId);
            Gate.requireModerator(h, t.boardId(), actor);
            softDelete(h, "thread", threadId, actor, r);
            context.audit().record(h, AuditEntry.of(ForumModule.NAME, actor, "thread.delete", "thread:" + threadId, r));
        });
    }

    /**
     * Soft-deletes reply {@code replyId} for {@code reason}: it keeps its floor with the body removed.
     *
     * @param actor the acting moderator's or administrator's openid
     * @param replyId the reply's id
     * @param reason 1-200 characters after trimming, kept with the row and in the audit log
     * @throws ModuleException {@code REPLY_NOT_FOUND}, {@code NOT_MODERATOR}, {@code CONTENT_TOO_LONG}
     */
    public void deleteReply(String actor, long replyId, String reason) {
        String r = Gate.reason(reason);
        tx.use(h -> {
            Reply reply = Rows.reply(h, replyId);
            Gate.requireModerator(h, Rows.thread(h, reply.threadId()).boardId(), actor);
            softDelete(h, "reply", replyId, actor, r);
            context.audit().record(h, AuditEntry.of(ForumModule.NAME, actor, "reply.delete", "reply:" + replyId, r));
        });
    }

    /**
     * Bans {@code openid} from board {@code boardId} ({@code 0}: the whole forum, administrators only) for
     * {@code duration}; a new ban replaces the previous one.
     *
     * @param actor the acting moderator's or administrator's openid
     * @param boardId the board's id, or {@code 0} for the whole forum
     * @param openid the user to ban, 1-64 characters of {@code [A-Za-z0-9_-]}, not {@code actor}
     * @param duration how long, positive (an end past the largest epoch millisecond is clipped to it)
     * @param reason 1-200 characters after trimming
     * @throws ModuleException {@code NOT_MODERATOR}, {@code BOARD_NOT_FOUND}, {@code CONTENT_TOO_LONG},
     *     {@code INVALID_INPUT} for a non-positive duration or banning oneself
     */
    public void ban(String actor, long boardId, String openid, Duration duration, String reason) {
        Participant.requireId("openid", openid);
        String r = Gate.reason(reason);
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new ModuleException(io.wxkit.modules.common.CommonError.INVALID_INPUT, "ban duration must be positive");
        }
        if (openid.equals(actor)) {
            throw new ModuleException(io.wxkit.modules.common.CommonError.INVALID_INPUT, "a moderator cannot ban themselves");
        }
        long until = saturatedAdd(context.clock().millis(), duration);
        tx.use(h -> {
            requireBoardModerator(h, boardId, actor);
            h.createUpdate("DELETE FROM wxkit_forum_ban WHERE board_id = :board AND openid = :openid")
                    .bind("board", boardId).bind("openid", openid).execute();
            h.createUpdate("INSERT INTO wxkit_forum_ban (board_id, openid, banned_until, reason, banned_by)"
                            + " VALUES (:board, :openid, :until, :reason, :by)")
                    .bind("board", boardId).bind("openid", openid).bind("until", until).bind("reason", r).bind("by", actor)
                    .execute();
            context.audit().record(h, AuditEntry.of(ForumModule.NAME, actor, "user.ban", boardId + ":" + openid, r));
        });
    }

    /**
     * Lifts the ban of {@code openid} on {@code boardId}; whether there was one.
     *
     * @param actor the acting moderator's or administrator's openid
     * @param boardId the board's id, or {@code 0} for the whole forum
     * @param openid the banned user's openid
     * @return true if a ban was lifted
     * @throws ModuleException {@code NOT_MODERATOR}, {@code BOARD_NOT_FOUND}
     */
    public boolean unban(String actor, long boardId, String openid) {
        return tx.run(h -> {
            requireBoardModerator(h, boardId, actor);
            int n = h.createUpdate("DELETE FROM wxkit_forum_ban WHERE board_id = :board AND openid = :openid")
                    .bind("board", boardId).bind("openid", openid).execute();
            context.audit().record(h, AuditEntry.of(ForumModule.NAME, actor, "user.unban", boardId + ":" + openid,
                    n > 0 ? "lifted" : "not banned"));
            return n > 0;
        });
    }

    private void flag(String actor, long threadId, String column, boolean value) {
        tx.use(h -> {
            ForumThread t = Rows.thread(h, threadId);
            Gate.requireModerator(h, t.boardId(), actor);
            // column is one of two literals from this class, never input
            h.createUpdate("UPDATE wxkit_forum_thread SET " + column + " = :v WHERE id = :id")
                    .bind("v", value).bind("id", threadId).execute();
            context.audit().record(h, AuditEntry.of(ForumModule.NAME, actor, "thread." + column,
                    "thread:" + threadId, String.valueOf(value)));
        });
    }

    private static void requireBoardModerator(Handle h, long boardId, String actor) {
        if (boardId == Gate.FORUM_WIDE) {
            Gate.requireAdmin(h, actor);
        } else {
            Rows.board(h, boardId);
            Gate.requireModerator(h, boardId, actor);
        }
    }

    private void softDelete(Handle h, String table, long id, String actor, String reason) {
        h.createUpdate("UPDATE wxkit_forum_" + table + " SET deleted_at = :now, deleted_by = :by, deleted_reason = :reason"
                        + " WHERE id = :id AND deleted_at IS NULL")
                .bind("now", context.clock().millis()).bind("by", actor).bind("reason", reason).bind("id", id).execute();
    }

    private static long saturatedAdd(long now, Duration d) {
        try {
            return Math.addExact(now, d.toMillis());
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
