package io.wxkit.modules.lottery;

/** What a prize is. */
public enum PrizeKind {
    /** Goods or a voucher, redeemed by staff against the win's code. */
    GOODS,
    /** A cash red packet paid through the pay hook after the win commits. */
    RED_PACKET
}
