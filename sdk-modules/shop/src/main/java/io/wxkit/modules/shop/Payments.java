package io.wxkit.modules.shop;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Untrusted;
import io.wxkit.modules.common.internal.db.Transactions;
import io.wxkit.pay.notification.ExpectedOrder;
import io.wxkit.pay.notification.Notification;
import io.wxkit.pay.notification.NotificationAnswer;
import io.wxkit.pay.notification.OrderMatch;
import io.wxkit.pay.notification.PaymentNotification;
import io.wxkit.pay.notification.RefundNotification;
import io.wxkit.pay.payment.Transaction;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSAPI payment of orders: prepay, the notify endpoint, and the query-on-timeout pass that settles orders
 * whose notification never came. A payment moves an order to PAID only when sdk-pay's
 * {@link ExpectedOrder#check} finds {@code out_trade_no}, {@code amount.total}, {@code mchid}, {@code appid}
 * and {@code trade_state} as the order says; anything else is flagged ({@link #flags(int)}) and left unpaid.
 *
 * <pre>{@code
 * Map<String, String> params = shop.payments().prepay(order.outTradeNo(), openid); // to wx.requestPayment
 * NotificationAnswer a = shop.payments().handle(headers, body);                  // the notify URL
 * }</pre>
 *
 * <p>Thread-safe. Each notification id is processed once, in the transaction that applies it.
 */
public final class Payments {
    private static final Logger log = LoggerFactory.getLogger(Payments.class);
    private final ModuleContext context;
    private final Transactions tx;
    private final OrderRows rows;
    private final Orders orders;
    private final Refunds refunds;
    private final ShopPay pay;

    Payments(ModuleContext context, Transactions tx, OrderRows rows, Orders orders, Refunds refunds, ShopPay pay) {
        this.context = context;
        this.tx = tx;
        this.rows = rows;
        this.orders = orders;
        this.refunds = refunds;
        this.pay = pay;
    }

    /**
     * Prepays the buyer's unpaid order and returns the signed {@code wx.requestPayment} parameters. The
     * order is marked as known to WeChat Pay before the call, so the timeout pass queries it even if the
     * answer is lost.
     *
     * @param outTradeNo the order's {@code out_trade_no}
     * @param openid the buyer, who must own the order
     * @return the signed {@code wx.requestPayment} parameters, as {@link ShopPay#prepay} answers them
     * @throws ModuleException {@code NOT_FOUND} (also another buyer's order), {@code ILLEGAL_TRANSITION} when
     *     not CREATED or past its window, {@code PAY_FAILED}
     */
    public Map<String, String> prepay(String outTradeNo, String openid) {
        ShopOrder o = tx.run(h -> {
            ShopOrder order = rows.require(h, outTradeNo, true);
            if (!order.openid().equals(openid)) {
                throw new ModuleException(ShopError.NOT_FOUND, "no order " + Untrusted.clip(outTradeNo));
            }
            if (order.status() != OrderStatus.CREATED || !order.expiresAt().isAfter(context.clock().instant())) {
                throw new ModuleException(ShopError.ILLEGAL_TRANSITION, "order " + outTradeNo + " can no longer be paid");
            }
            h.createUpdate("UPDATE wxkit_shop_order SET prepaid = TRUE WHERE id = :id").bind("id", order.id()).execute();
            return order;
        });
        String description = o.items().get(0).title() + (o.items().size() > 1 ? " 等" + o.items().size() + "件" : "");
        try {
            return pay.prepay(new ShopPay.PrepayOrder(o.outTradeNo(), OrderRows.clip(description, 127), o.totalFen(), openid, o.expiresAt()));
        } catch (RuntimeException e) {
            throw new ModuleException(ShopError.PAY_FAILED, "WeChat Pay prepay failed; try again", e);
        }
    }

    /**
     * The buyer cancels an unpaid order: closed at WeChat Pay first (so it can no longer be paid), then
     * CANCELLED with its stock released.
     *
     * @param outTradeNo the order's {@code out_trade_no}
     * @param openid the buyer, who must own the order
     * @throws ModuleException {@code NOT_FOUND}, {@code ILLEGAL_TRANSITION}, {@code PAY_FAILED} (still CREATED)
     */
    public void cancel(String outTradeNo, String openid) {
        ShopOrder o = orders.get(outTradeNo);
        if (!o.openid().equals(openid)) {
            throw new ModuleException(ShopError.NOT_FOUND, "no order " + Untrusted.clip(outTradeNo));
        }
        if (o.status() != OrderStatus.CREATED) {
            throw new ModuleException(ShopError.ILLEGAL_TRANSITION, "order " + outTradeNo + " is " + o.status() + ", cannot become CANCELLED");
        }
        if (prepaid(o)) {
            closeAtWeChat(outTradeNo);
        }
        orders.cancel(outTradeNo, openid, "cancelled by the buyer");
    }

    /**
     * The notify URL: verifies and processes a payment or refund notification and says what to answer
     * WeChat Pay. A notification that fails verification is answered with a failure and changes nothing;
     * a verified one is answered with success even when flagged (redelivery would not change it).
     *
     * @param headers the request's headers (the four {@code Wechatpay-*} ones are read)
     * @param body the raw request body
     * @return success, or a failure WeChat Pay will redeliver on
     */
    public NotificationAnswer handle(Map<String, String> headers, String body) {
        Notification n;
        try {
            n = pay.parse(headers, body);
        } catch (RuntimeException e) {
            log.warn("shop: refused a notification that failed verification ({})", e.getClass().getSimpleName());
            return NotificationAnswer.failure("验签失败");
        }
        try {
            if (n instanceof PaymentNotification p) {
                onPayment(p);
            } else if (n instanceof RefundNotification r) {
                refunds.onRefund(r);
            }
            return NotificationAnswer.success();
        } catch (ModuleException e) {
            log.warn("shop: notification {} not processed: {}", n.id(), e.code());
            return NotificationAnswer.failure("稍后重试");
        }
    }

    /**
     * Applies a verified payment notification once; see the class comment for the checks.
     *
     * @param n a notification whose signature sdk-pay verified
     * @return {@code APPLIED}, {@code ALREADY_APPLIED}, {@code DUPLICATE} (its id was processed) or {@code FLAGGED}
     */
    public PaymentOutcome onPayment(PaymentNotification n) {
        return tx.run(h -> {
            if (seen(h, n.id())) {
                return PaymentOutcome.DUPLICATE;
            }
            PaymentOutcome outcome = apply(h, n);
            h.createUpdate("INSERT INTO wxkit_shop_notification (notification_id, out_trade_no, outcome, at_ms) VALUES (:i, :o, :r, :at)")
                    .bind("i", OrderRows.clip(n.id(), 64)).bind("o", OrderRows.clip(n.outTradeNo(), 64)).bind("r", outcome.name())
                    .bind("at", context.clock().millis()).execute();
            return outcome;
        });
    }

    /**
     * The timeout pass: for every unpaid order past its window, asks WeChat Pay (if it was prepaid) and
     * applies a payment the notification of which never came; otherwise closes it there and cancels it here,
     * releasing the stock. Orders WeChat Pay cannot answer for now are left for the next pass.
     *
     * @param limit the most orders settled in this pass
     * @return how many were settled as paid, cancelled, or left for later
     */
    public ExpiryReport expireOverdue(int limit) {
        int paid = 0;
        int cancelled = 0;
        int left = 0;
        for (String no : orders.overdue(context.clock().instant(), limit)) {
            switch (settle(no)) {
                case PAID -> paid++;
                case CANCELLED -> cancelled++;
                default -> left++;
            }
        }
        return new ExpiryReport(paid, cancelled, left);
    }

    /**
     * The payments that did not match their order, newest first (at most {@code limit}).
     *
     * @param limit the most flags returned
     * @return the flags, newest first
     */
    public java.util.List<PaymentFlag> flags(int limit) {
        return context.jdbi().withHandle(h -> h.createQuery("SELECT out_trade_no, notification_id, reason, at_ms"
                        + " FROM wxkit_shop_payment_flag ORDER BY id DESC").setMaxRows(limit)
                .map((rs, c) -> new PaymentFlag(rs.getString("out_trade_no"), rs.getString("notification_id"), rs.getString("reason"),
                        java.time.Instant.ofEpochMilli(rs.getLong("at_ms"))))
                .list());
    }

    private OrderStatus settle(String outTradeNo) {
        try {
            if (prepaid(orders.get(outTradeNo))) {
                Optional<Transaction> t = pay.query(outTradeNo);
                if (t.isPresent() && (t.get().isPaid() || "USERPAYING".equals(t.get().tradeState()))) {
                    return t.get().isPaid() && onPayment(queried(t.get())) == PaymentOutcome.APPLIED ? OrderStatus.PAID : OrderStatus.CREATED;
                }
                if (t.isPresent()) {
                    closeAtWeChat(outTradeNo);
                }
            }
            orders.cancel(outTradeNo, "timeout", "not paid within the payment window");
            return OrderStatus.CANCELLED;
        } catch (ModuleException e) {
            log.info("shop: order {} left for the next timeout pass: {}", outTradeNo, e.code());
            return OrderStatus.CREATED;
        }
    }

    /** A query answer as the notification it stands in for; its id keeps one query result from applying twice. */
    private static PaymentNotification queried(Transaction t) {
        return new PaymentNotification("query:" + t.transactionId(), t.successTime(), "TRANSACTION.SUCCESS", "queried", t);
    }

    private PaymentOutcome apply(Handle h, PaymentNotification n) {
        Optional<ShopOrder> found = rows.find(h, n.outTradeNo(), true);
        if (found.isEmpty()) {
            return flag(h, n, "no such order");
        }
        ShopOrder o = found.get();
        OrderMatch match = new ExpectedOrder(pay.mchId(), pay.appId(), o.outTradeNo(), o.totalFen()).check(n);
        if (match instanceof OrderMatch.Mismatched bad) {
            return flag(h, n, "mismatch " + bad.mismatches().stream()
                    .map(m -> m.field().wireName() + " expected " + m.expected() + " got " + Untrusted.clip(m.actual()))
                    .toList());
        }
        if (o.status() != OrderStatus.CREATED) {
            return n.transactionId() != null && n.transactionId().equals(o.transactionId())
                    ? PaymentOutcome.ALREADY_APPLIED : flag(h, n, "paid while the order is " + o.status());
        }
        rows.move(h, o, OrderStatus.PAID, "wechatpay", "transaction " + n.transactionId() + " (" + n.id() + ")");
        long paidAt = context.clock().millis();
        h.createUpdate("UPDATE wxkit_shop_order SET paid_at = :at, transaction_id = :t WHERE id = :id")
                .bind("at", paidAt).bind("t", n.transactionId()).bind("id", o.id()).execute();
        SalesRollup.paid(h, o.id(), paidAt, o.items().stream().mapToLong(OrderItem::quantity).sum(), o.totalFen());
        return PaymentOutcome.APPLIED;
    }

    private PaymentOutcome flag(Handle h, PaymentNotification n, String reason) {
        log.warn("shop: payment notification {} flagged: {}", n.id(), reason);
        h.createUpdate("INSERT INTO wxkit_shop_payment_flag (out_trade_no, notification_id, reason, at_ms) VALUES (:o, :i, :r, :at)")
                .bind("o", OrderRows.clip(n.outTradeNo(), 64)).bind("i", OrderRows.clip(n.id(), 64)).bind("r", OrderRows.clip(reason, 500))
                .bind("at", context.clock().millis()).execute();
        return PaymentOutcome.FLAGGED;
    }

    private static boolean seen(Handle h, String id) {
        return h.createQuery("SELECT COUNT(*) FROM wxkit_shop_notification WHERE notification_id = :i")
                .bind("i", OrderRows.clip(id, 64)).mapTo(Long.class).one() > 0;
    }

    private boolean prepaid(ShopOrder o) {
        return context.jdbi().withHandle(h -> h.createQuery("SELECT prepaid FROM wxkit_shop_order WHERE id = :id")
                .bind("id", o.id()).mapTo(Boolean.class).one());
    }

    private void closeAtWeChat(String outTradeNo) {
        try {
            pay.close(outTradeNo);
        } catch (RuntimeException e) {
            throw new ModuleException(ShopError.PAY_FAILED, "WeChat Pay could not close order " + outTradeNo + "; try again", e);
        }
    }

    /**
     * What a timeout pass did.
     *
     * @param paid the orders settled as paid by a query
     * @param cancelled the orders closed at WeChat Pay (when prepaid) and cancelled
     * @param left the orders left for the next pass (WeChat Pay failed, the buyer is still paying, or the
     *     paid answer was not applied)
     */
    public record ExpiryReport(int paid, int cancelled, int left) {}

    /**
     * A payment that did not match its order.
     *
     * @param outTradeNo the notification's {@code out_trade_no}
     * @param notificationId the notification's id ({@code query:<transaction_id>} for a query answer)
     * @param reason what did not match
     * @param at when it was flagged
     */
    public record PaymentFlag(String outTradeNo, String notificationId, String reason, java.time.Instant at) {}
}
