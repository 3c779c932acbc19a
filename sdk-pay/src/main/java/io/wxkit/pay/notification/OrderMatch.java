package io.wxkit.pay.notification;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link ExpectedOrder#check}: the payment matches the order, or the list of every
 * field that does not.
 */
public sealed interface OrderMatch permits OrderMatch.Matched, OrderMatch.Mismatched {

    /**
     * The notification that was checked.
     *
     * @return never null
     */
    PaymentNotification notification();

    /**
     * Whether every field matched and the order is paid, e.g.
     * {@code if (expected.check(n).isMatch()) orders.markPaid(no)}.
     *
     * @return true for {@link Matched}
     */
    default boolean isMatch() {
        return this instanceof Matched;
    }

    /**
     * The notification pays exactly the expected order.
     *
     * @param notification the notification checked
     */
    record Matched(PaymentNotification notification) implements OrderMatch {
        /**
         * A match.
         *
         * @param notification the notification checked
         * @throws NullPointerException if {@code notification} is null
         */
        public Matched {
            Objects.requireNonNull(notification, "notification");
        }
    }

    /**
     * The notification does not pay the expected order.
     *
     * @param notification the notification checked
     * @param mismatches   every differing field, in the order out_trade_no, amount.total, mchid, appid, trade_state; never empty
     */
    record Mismatched(PaymentNotification notification, List<Mismatch> mismatches) implements OrderMatch {
        /**
         * A mismatch; {@code mismatches} is copied.
         *
         * @param notification the notification checked
         * @param mismatches   every differing field, in the order out_trade_no, amount.total, mchid, appid, trade_state; never empty
         * @throws NullPointerException if {@code notification} or {@code mismatches} is null
         * @throws IllegalArgumentException if {@code mismatches} is empty
         */
        public Mismatched {
            Objects.requireNonNull(notification, "notification");
            mismatches = List.copyOf(mismatches);
            if (mismatches.isEmpty()) {
                throw new IllegalArgumentException("a mismatch lists at least one field");
            }
        }

        /**
         * Whether {@code field} is among the mismatches, e.g. {@code m.differs(Field.TOTAL)} for a wrong amount.
         *
         * @param field the field to look for
         * @return true if it differs
         */
        public boolean differs(Field field) {
            return mismatches.stream().anyMatch(m -> m.field() == field);
        }
    }

    /**
     * One field that differs.
     *
     * @param field    which field
     * @param expected the order's value ({@code SUCCESS} for the trade state)
     * @param actual   the notification's value, {@code null} when absent
     */
    record Mismatch(Field field, String expected, String actual) {
        /**
         * A differing field.
         *
         * @param field    which field
         * @param expected the order's value ({@code SUCCESS} for the trade state)
         * @param actual   the notification's value, {@code null} when absent
         * @throws NullPointerException if {@code field} or {@code expected} is null
         */
        public Mismatch {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(expected, "expected");
        }
    }

    /** The compared fields, by their WeChat names. */
    enum Field {
        /** {@code out_trade_no}. */
        OUT_TRADE_NO("out_trade_no"),
        /** {@code amount.total} in fen. */
        TOTAL("amount.total"),
        /** {@code mchid}. */
        MCHID("mchid"),
        /** {@code appid}. */
        APPID("appid"),
        /** {@code trade_state}, expected {@code SUCCESS}. */
        TRADE_STATE("trade_state");

        private final String wireName;

        Field(String wireName) {
            this.wireName = wireName;
        }

        /**
         * The field's name in WeChat's JSON.
         *
         * @return e.g. {@code "amount.total"}
         */
        public String wireName() {
            return wireName;
        }
    }
}
