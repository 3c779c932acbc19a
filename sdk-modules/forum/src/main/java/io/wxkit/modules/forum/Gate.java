package io.wxkit.modules.forum;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Participant;
import org.jdbi.v3.core.Handle;

/** The checks every write goes through: lengths, the content filter, bans and moderator rights. */
final class Gate {
    /** The board id of forum-wide rows (administrators, forum bans). */
    static final long FORUM_WIDE = 0;
    private final ModuleContext context;
    private final ForumOptions options;

    Gate(ModuleContext context, ForumOptions options) {
        this.context = context;
        this.options = options;
    }

    ForumLimits limits() {
        return options.limits();
    }

    /** {@code text} trimmed, within {@code max} and allowed by the filter. */
    String content(String field, String text, int max) {
        String trimmed = ForumLimits.text(field, text, max);
        java.util.Optional<String> verdict;
        try {
            verdict = options.filter().reject(trimmed);
        } catch (RuntimeException e) {
            // fail closed: an unavailable filter must not let everything through
            throw new ModuleException(ForumError.CONTENT_REJECTED, field + " could not be checked; try again", e);
        }
        if (verdict.isPresent()) {
            throw new ModuleException(ForumError.CONTENT_REJECTED, field + " rejected: " + verdict.get());
        }
        return trimmed;
    }

    /** A moderation or ban reason: 1-200 characters, unfiltered (moderators may need to quote the offence). */
    static String reason(String reason) {
        return ForumLimits.text("reason", reason, ForumLimits.MAX_REASON);
    }

    /** Refuses a user banned from {@code boardId} or from the whole forum, as of now. */
    void requireNotBanned(Handle h, long boardId, String openid) {
        long now = context.clock().millis();
        int bans = h.createQuery("SELECT COUNT(*) FROM wxkit_forum_ban WHERE openid = :openid"
                        + " AND board_id IN (:board, 0) AND banned_until > :now")
                .bind("openid", openid).bind("board", boardId).bind("now", now).mapTo(Integer.class).one();
        if (bans > 0) {
            throw new ModuleException(ForumError.USER_BANNED, "this user is banned from board " + boardId);
        }
    }

    /** Refuses an {@code actor} who moderates neither {@code boardId} nor the whole forum. */
    static void requireModerator(Handle h, long boardId, String actor) {
        Participant.requireId("actor", actor);
        if (!isModerator(h, boardId, actor)) {
            throw new ModuleException(ForumError.NOT_MODERATOR, "this user does not moderate board " + boardId);
        }
    }

    /** Refuses an {@code actor} who is not a forum administrator. */
    static void requireAdmin(Handle h, String actor) {
        requireModerator(h, FORUM_WIDE, actor);
    }

    static boolean isModerator(Handle h, long boardId, String openid) {
        return h.createQuery("SELECT COUNT(*) FROM wxkit_forum_moderator WHERE openid = :openid AND board_id IN (:board, 0)")
                .bind("openid", openid).bind("board", boardId).mapTo(Integer.class).one() > 0;
    }

    static void requirePositive(String field, long id) {
        if (id <= 0) {
            throw new ModuleException(CommonError.INVALID_INPUT, field + " must be positive, got " + id);
        }
    }
}
