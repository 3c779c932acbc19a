package io.wxkit.modules.shop;

import io.wxkit.modules.common.ErrorCode;

/** The shop's error codes (besides {@code CommonError}'s). */
public enum ShopError implements ErrorCode {
    /** No such category, product, SKU or order (or not the caller's). */
    NOT_FOUND,
    /** The product is off the shelf. */
    OFF_SHELF,
    /** Not enough stock for the quantity asked; nothing was reserved. */
    OUT_OF_STOCK,
    /** A price changed since the buyer saw it: the total the buyer confirmed differs from today's. */
    PRICE_CHANGED,
    /** The state machine forbids this move from the order's current status. */
    ILLEGAL_TRANSITION,
    /** The refund asked for exceeds what is left to refund, or a refund is already in progress. */
    REFUND_NOT_ALLOWED,
    /** WeChat Pay refused or could not be reached; the detail says which, nothing was marked done. */
    PAY_FAILED
}
