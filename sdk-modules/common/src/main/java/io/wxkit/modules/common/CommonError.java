package io.wxkit.modules.common;

/** The error codes every module shares. */
public enum CommonError implements ErrorCode {
    /** The input broke a documented rule (length, format, range); the detail names the field. */
    INVALID_INPUT,
    /** Too many actions from one openid or one IP in the current window (the anti-abuse limits). */
    RATE_LIMITED,
    /** The activity requires following the Official Account and this openid does not. */
    NOT_FOLLOWER,
    /** The activity requires following the account but no follower check is configured or it failed. */
    FOLLOWER_CHECK_UNAVAILABLE,
    /** The database kept refusing the write because of concurrent writers; nothing was stored, retry later. */
    BUSY
}
