package io.wxkit.pay.notification;

import java.util.Optional;

/**
 * The notification types wxkit parses, each named by its {@code event_type} family and the
 * {@code resource.original_type} WeChat documents for it (支付成功回调通知 {@code transaction},
 * 退款结果通知 {@code refund}, 商家转账回调通知 {@code mch_payment}). Both must agree: a verified
 * notification of one type is never read as another (a refund's {@code out_trade_no} must never
 * mark an order paid).
 */
enum NotificationKind {
    PAYMENT("TRANSACTION.", "transaction"),
    REFUND("REFUND.", "refund"),
    TRANSFER("MCHTRANSFER.", "mch_payment");

    private final String eventPrefix;
    private final String originalType;

    NotificationKind(String eventPrefix, String originalType) {
        this.eventPrefix = eventPrefix;
        this.originalType = originalType;
    }

    /** The kind whose {@code event_type} family {@code eventType} belongs to, if any. */
    static Optional<NotificationKind> ofEventType(String eventType) {
        for (NotificationKind k : values()) {
            if (eventType.startsWith(k.eventPrefix)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Whether both the event family and the original type are this kind's. */
    boolean accepts(String eventType, String originalType) {
        return eventType.startsWith(eventPrefix) && this.originalType.equals(originalType);
    }

    /** {@code TRANSACTION.* / transaction}, for error messages. */
    String describe() {
        return eventPrefix + "* / " + originalType;
    }
}
