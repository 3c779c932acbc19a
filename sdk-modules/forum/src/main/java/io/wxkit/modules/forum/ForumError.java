package io.wxkit.modules.forum;

import io.wxkit.modules.common.ErrorCode;

/** The stable error codes of the forum module (see also {@code CommonError}). */
public enum ForumError implements ErrorCode {
    /** No board has this id. */
    BOARD_NOT_FOUND,
    /** No thread has this id, or it was deleted. */
    THREAD_NOT_FOUND,
    /** No reply has this id in this thread, or it was deleted. */
    REPLY_NOT_FOUND,
    /** The thread is locked: no new replies. */
    THREAD_LOCKED,
    /** A title, body or reason is empty or longer than the forum's limits. */
    CONTENT_TOO_LONG,
    /** The content filter refused the text (the detail names the rule, never the matched word). */
    CONTENT_REJECTED,
    /** This openid is banned from the board or the whole forum. */
    USER_BANNED,
    /** The actor is neither a moderator of this board nor a forum administrator. */
    NOT_MODERATOR,
    /** This openid already likes this thread or reply. */
    ALREADY_LIKED,
    /** The board definition breaks a rule (name length, description length). */
    INVALID_BOARD
}
