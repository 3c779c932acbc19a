package io.wxkit.modules.forum;

/**
 * Where a reply goes: at the end of the thread, at the end quoting another reply, or nested under a
 * top-level reply (one level: replying to a nested reply nests under its top-level parent).
 *
 * <pre>{@code
 * forum.replies().post(threadId, author, ip, "Agreed", ReplyTo.quoting(otherReplyId));
 * }</pre>
 */
public sealed interface ReplyTo {
    /** At the end of the thread. */
    static ReplyTo thread() {
        return new Flat(0);
    }

    /** At the end of the thread, quoting {@code replyId}. */
    static ReplyTo quoting(long replyId) {
        Gate.requirePositive("replyId", replyId);
        return new Flat(replyId);
    }

    /** Nested under {@code replyId} (or under its top-level parent if it is nested itself). */
    static ReplyTo nestedUnder(long replyId) {
        Gate.requirePositive("replyId", replyId);
        return new Nested(replyId);
    }

    /** A flat reply; {@code quoteId} 0 quotes nothing. */
    record Flat(long quoteId) implements ReplyTo {
    }

    /** A reply under {@code parentId}. */
    record Nested(long parentId) implements ReplyTo {
    }
}
