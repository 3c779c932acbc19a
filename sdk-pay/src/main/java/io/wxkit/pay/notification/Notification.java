package io.wxkit.pay.notification;

import java.time.Instant;

/**
 * A verified and decrypted WeChat Pay notification (回调通知), one of the types wxkit parses or
 * {@link UnknownNotification} for an event type it has no parser for. For merchants that give
 * every order, refund and transfer one notify URL:
 *
 * <pre>{@code
 * Notification n = pay.notifications().parse(headers, body);
 * if (n instanceof PaymentNotification p && p.isPaid()) {
 *     orders.markPaid(p.outTradeNo(), p.totalFen());
 * } else if (n instanceof RefundNotification r) {
 *     refunds.update(r.outRefundNo(), r.refundStatus());
 * } else if (n instanceof TransferNotification t) {
 *     transfers.update(t.bill().outBillNo(), t.bill().state());
 * } else if (n instanceof UnknownNotification u) {
 *     log.info("unhandled WeChat Pay event {}", u.eventType());
 * }
 * }</pre>
 */
public sealed interface Notification permits PaymentNotification, RefundNotification, TransferNotification, UnknownNotification {
    /**
     * The notification id ({@code id}, e.g. {@code EV-2018022511223320873}); the same for every redelivery.
     *
     * @return never null
     */
    String id();

    /**
     * When WeChat Pay created the notification ({@code create_time}, RFC 3339 with {@code +08:00}).
     *
     * @return never null
     */
    Instant createTime();

    /**
     * {@code event_type}, e.g. {@code TRANSACTION.SUCCESS}, {@code REFUND.SUCCESS}.
     *
     * @return never null
     */
    String eventType();
}
