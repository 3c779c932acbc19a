package io.wxkit.modules.shop;

/** What processing one payment or refund notification (or query answer) did. */
public enum PaymentOutcome {
    /** The order moved (paid, refund finished). */
    APPLIED,
    /** This notification id was processed before; nothing changed. */
    DUPLICATE,
    /** Another notification or a query already applied the same result; nothing changed. */
    ALREADY_APPLIED,
    /** The payment does not match the order (or there is no such order, or it is no longer payable): recorded, not applied. */
    FLAGGED,
    /** WeChat Pay says the order is not paid (a failed or pending payment); nothing changed. */
    NOT_PAID
}
