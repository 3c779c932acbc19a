package io.wxkit.modules.shop;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order is. The allowed moves are this table and nothing else: every transition goes through
 * {@link #canMoveTo} and a conditional update on the status it starts from, and leaves an
 * {@link OrderEvent}.
 *
 * <pre>
 * CREATED ─pay→ PAID ─ship→ SHIPPED ─complete→ COMPLETED
 * CREATED ─cancel/timeout→ CANCELLED
 * PAID ─refund→ REFUNDING ─success→ REFUNDED (all refunded) | PARTIALLY_REFUNDED
 * REFUNDING ─refund closed/abnormal→ PAID (nothing refunded yet) | PARTIALLY_REFUNDED
 * PARTIALLY_REFUNDED ─refund→ REFUNDING
 * </pre>
 */
public enum OrderStatus {
    /** Placed, stock reserved, waiting for the payment. */
    CREATED,
    /** Paid (a matching, verified notification or query). */
    PAID,
    /** Handed to the carrier with a tracking number. */
    SHIPPED,
    /** Received; final. */
    COMPLETED,
    /** Cancelled by the buyer or on timeout before payment; stock released; final. */
    CANCELLED,
    /** A refund was applied for and WeChat Pay has not answered yet. */
    REFUNDING,
    /** Everything paid was refunded; final. */
    REFUNDED,
    /** Part of the amount was refunded; a further refund may follow. */
    PARTIALLY_REFUNDED;

    /**
     * Whether the state machine allows {@code this → to}.
     *
     * @param to the target status
     * @return true if {@code to} is in {@link #next()}
     */
    public boolean canMoveTo(OrderStatus to) {
        return next().contains(to);
    }

    /**
     * The statuses this one may move to.
     *
     * @return the allowed targets (empty for COMPLETED, CANCELLED and REFUNDED); a new set on every call
     */
    public Set<OrderStatus> next() {
        return switch (this) {
            case CREATED -> EnumSet.of(PAID, CANCELLED);
            case PAID -> EnumSet.of(SHIPPED, REFUNDING);
            case SHIPPED -> EnumSet.of(COMPLETED);
            case REFUNDING -> EnumSet.of(REFUNDED, PARTIALLY_REFUNDED, PAID);
            case PARTIALLY_REFUNDED -> EnumSet.of(REFUNDING);
            case COMPLETED, CANCELLED, REFUNDED -> EnumSet.noneOf(OrderStatus.class);
        };
    }
}
