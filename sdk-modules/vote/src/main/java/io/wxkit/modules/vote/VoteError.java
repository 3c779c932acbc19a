package io.wxkit.modules.vote;

import io.wxkit.modules.common.ErrorCode;

/** The stable error codes of the vote module (see also {@code CommonError}). */
public enum VoteError implements ErrorCode {
    /** No poll has this id. */
    POLL_NOT_FOUND,
    /** The poll definition breaks a rule (no options, min above max, window reversed, ...). */
    INVALID_POLL,
    /** The poll's window has not opened yet. */
    VOTE_NOT_STARTED,
    /** The poll's window is over or staff closed it. */
    VOTE_CLOSED,
    /** A once-only poll: this openid already voted. */
    ALREADY_VOTED,
    /** An N-per-day poll: this openid used today's N votes. */
    DAILY_LIMIT_REACHED,
    /** This openid already chose one of these options as often as the poll allows. */
    OPTION_LIMIT_REACHED,
    /** The chosen options are not of this poll, repeat, or their number is outside the poll's min..max. */
    INVALID_CHOICE,
    /** The poll shows its results only after voting or after it closes. */
    RESULTS_HIDDEN,
    /** No QR code issuer is configured, or WeChat refused to issue one. */
    QR_CODE_UNAVAILABLE
}
