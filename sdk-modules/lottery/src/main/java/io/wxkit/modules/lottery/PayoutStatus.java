package io.wxkit.modules.lottery;

/** Where a red-packet win's money is. Goods wins are {@link #NONE}. */
public enum PayoutStatus {
    /** Not a red packet. */
    NONE,
    /** Not sent yet (no sender configured, or the send is about to happen). */
    PENDING,
    /** Paid. */
    SENT,
    /** WeChat refused definitively; nothing was paid. */
    FAILED,
    /** Unknown; retry sends the same bill number, which WeChat pays at most once. */
    UNKNOWN
}
