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
    /**
     * At the end of the thread.
     *
     * @return a flat reply quoting nothing
     */
    static ReplyTo thread() {
        return new Flat(0);
    }

    /**
     * At the end of the thread, quoting {@code replyId}.
     *
     * @param replyId the quoted reply's id, positive; it must be in the same thread (checked when posting)
     * @return a flat reply quoting {@code replyId}
     * @throws io.wxkit.modules.common.ModuleException {@code INVALID_INPUT} if {@code replyId} is not positive
     */
    static ReplyTo quoting(long replyId) {
        Gate.requirePositive("replyId", replyId);
        return new Flat(replyId);
    }

    /**
     * Nested under {@code replyId} (or under its top-level parent if it is nested itself).
     *
     * @param replyId the reply to answer, positive; it must be in the same thread (checked when posting)
     * @return a nested reply
     * @throws io.wxkit.modules.common.ModuleException {@code INVALID_INPUT} if {@code replyId} is not positive
     */
    static ReplyTo nestedUnder(long replyId) {
        Gate.requirePositive("replyId", replyId);
        return new Nested(replyId);
    }

    /**
     * A flat reply; {@code quoteId} 0 quotes nothing.
     *
     * @param quoteId the quoted reply's id, or 0 for none
     */
    record Flat(long quoteId) implements ReplyTo {
    }

    /**
     * A reply under {@code parentId}.
     *
     * @param parentId the reply it answers
     */
    record Nested(long parentId) implements ReplyTo {
    }
}
