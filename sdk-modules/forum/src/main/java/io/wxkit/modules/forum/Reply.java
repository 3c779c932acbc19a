package io.wxkit.modules.forum;

import java.time.Instant;
import java.util.Optional;

/**
 * A reply (回帖) in a thread: flat (optionally quoting another reply) or nested one level under a
 * top-level reply. A deleted reply keeps its place so floors keep their numbers; its body is gone and
 * {@link #deletedReason()} says why.
 *
 * @param id            the reply id (ascending in posting order)
 * @param threadId      the thread
 * @param parentId      the top-level reply it nests under, if any
 * @param quoteId       the reply it quotes, if any
 * @param author        the author's openid
 * @param body          the text, empty when deleted
 * @param likes         how many users like it
 * @param createdAt     when it was posted
 * @param deletedReason the moderator's reason when deleted, else empty
 */
public record Reply(long id, long threadId, Optional<Long> parentId, Optional<Long> quoteId, String author, String body,
                    long likes, Instant createdAt, Optional<String> deletedReason) {

    /**
     * Whether a moderator deleted it.
     *
     * @return true if {@code deletedReason} is present
     */
    public boolean deleted() {
        return deletedReason.isPresent();
    }
}
