package io.wxkit.modules.forum;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.internal.db.Transactions;
import org.jdbi.v3.core.Handle;

/**
 * Likes (点赞) on threads and replies: one per user and target, the counter exact under any concurrency.
 * The like row's primary key decides who was first; the counter moves in the same transaction, and a lost
 * race re-runs the transaction, which then sees the winner's row and answers {@code ALREADY_LIKED}.
 *
 * <pre>{@code
 * forum.likes().likeThread(threadId, Participant.of(openid), ip);
 * forum.likes().unlikeThread(threadId, Participant.of(openid));
 * }</pre>
 *
 * <p>Thread-safe; get it from {@link ForumModule#likes()}.
 */
public final class Likes {
    private final ModuleContext context;
    private final Gate gate;
    private final Transactions tx;

    Likes(ModuleContext context, Gate gate) {
        this.context = context;
        this.gate = gate;
        this.tx = Transactions.on(context.jdbi());
    }

    /**
     * {@code user} likes thread {@code threadId}; returns the new like count.
     *
     * @param threadId the thread's id
     * @param user who likes; not null
     * @param ip the client's address for the abuse limits, or {@code null} if unknown
     * @return the thread's like count after this like
     * @throws ModuleException {@code RATE_LIMITED}, {@code THREAD_NOT_FOUND}, {@code USER_BANNED}, {@code ALREADY_LIKED}
     * @throws NullPointerException if {@code user} is null
     */
    public long likeThread(long threadId, Participant user, String ip) {
        java.util.Objects.requireNonNull(user, "user");
        context.abuseGuard().check("forum.like", user.openid(), ip);
        return tx.run(h -> {
            ForumThread t = Rows.thread(h, threadId);
            gate.requireNotBanned(h, t.boardId(), user.openid());
            return like(h, Target.THREAD, threadId, user.openid());
        });
    }

    /**
     * {@code user} likes reply {@code replyId}; returns the new like count.
     *
     * @param replyId the reply's id
     * @param user who likes; not null
     * @param ip the client's address for the abuse limits, or {@code null} if unknown
     * @return the reply's like count after this like
     * @throws ModuleException {@code RATE_LIMITED}, {@code REPLY_NOT_FOUND}, {@code USER_BANNED}, {@code ALREADY_LIKED}
     * @throws NullPointerException if {@code user} is null
     */
    public long likeReply(long replyId, Participant user, String ip) {
        java.util.Objects.requireNonNull(user, "user");
        context.abuseGuard().check("forum.like", user.openid(), ip);
        return tx.run(h -> {
            Reply r = Rows.reply(h, replyId);
            gate.requireNotBanned(h, Rows.thread(h, r.threadId()).boardId(), user.openid());
            return like(h, Target.REPLY, replyId, user.openid());
        });
    }

    /**
     * {@code user} takes back the like on thread {@code threadId}; whether there was one.
     *
     * @param threadId the thread's id
     * @param user who liked it
     * @return true if a like was removed (the count drops by one)
     */
    public boolean unlikeThread(long threadId, Participant user) {
        return tx.run(h -> unlike(h, Target.THREAD, threadId, user.openid()));
    }

    /**
     * {@code user} takes back the like on reply {@code replyId}; whether there was one.
     *
     * @param replyId the reply's id
     * @param user who liked it
     * @return true if a like was removed (the count drops by one)
     */
    public boolean unlikeReply(long replyId, Participant user) {
        return tx.run(h -> unlike(h, Target.REPLY, replyId, user.openid()));
    }

    /**
     * Whether {@code openid} likes thread {@code threadId}.
     *
     * @param threadId the thread's id
     * @param openid the user's openid
     * @return true if {@code openid}'s like on the thread exists
     */
    public boolean likesThread(long threadId, String openid) {
        return context.jdbi().withHandle(h -> exists(h, Target.THREAD, threadId, openid));
    }

    private long like(Handle h, Target target, long id, String openid) {
        if (exists(h, target, id, openid)) {
            throw new ModuleException(ForumError.ALREADY_LIKED, "this user already likes " + target.table + " " + id);
        }
        h.createUpdate("INSERT INTO wxkit_forum_like (target_kind, target_id, openid, liked_at) VALUES (:kind, :id, :openid, :now)")
                .bind("kind", target.kind).bind("id", id).bind("openid", openid).bind("now", context.clock().millis()).execute();
        h.createUpdate("UPDATE wxkit_forum_" + target.table + " SET likes = likes + 1 WHERE id = :id").bind("id", id).execute();
        return h.createQuery("SELECT likes FROM wxkit_forum_" + target.table + " WHERE id = :id").bind("id", id)
                .mapTo(Long.class).one();
    }

    private static boolean unlike(Handle h, Target target, long id, String openid) {
        int n = h.createUpdate("DELETE FROM wxkit_forum_like WHERE target_kind = :kind AND target_id = :id AND openid = :openid")
                .bind("kind", target.kind).bind("id", id).bind("openid", openid).execute();
        if (n > 0) {
            h.createUpdate("UPDATE wxkit_forum_" + target.table + " SET likes = likes - 1 WHERE id = :id").bind("id", id).execute();
        }
        return n > 0;
    }

    private static boolean exists(Handle h, Target target, long id, String openid) {
        return h.createQuery("SELECT COUNT(*) FROM wxkit_forum_like WHERE target_kind = :kind AND target_id = :id AND openid = :openid")
                .bind("kind", target.kind).bind("id", id).bind("openid", openid).mapTo(Integer.class).one() > 0;
    }

    /** The two likeable things; the table name comes from here, never from input. */
    enum Target {
        THREAD("T", "thread"), REPLY("R", "reply");

        final String kind;
        final String table;

        Target(String kind, String table) {
            this.kind = kind;
            this.table = table;
        }
    }
}
