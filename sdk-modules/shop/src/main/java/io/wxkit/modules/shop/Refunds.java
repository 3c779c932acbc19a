package io.wxkit.modules.shop;

import io.wxkit.modules.common.AuditEntry;
import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.internal.db.Transactions;
import io.wxkit.pay.notification.RefundNotification;
import io.wxkit.pay.refund.Refund;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refunds, full or partial, one at a time per order: PAID or PARTIALLY_REFUNDED → REFUNDING when applied
 * for, then REFUNDED / PARTIALLY_REFUNDED on success, or back (PAID / PARTIALLY_REFUNDED) when WeChat Pay
 * closes it or it turns abnormal. The result comes from the refund's answer or its notification, whichever
 * is first; the other finds it applied.
 *
 * <pre>{@code
 * shop.refunds().refund(outTradeNo, 500, "damaged", "ann");
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Refunds {
    private static final Logger log = LoggerFactory.getLogger(Refunds.class);
    private final ModuleContext context;
    private final Transactions tx;
    private final OrderRows rows;
    private final ShopPay pay;

    Refunds(ModuleContext context, Transactions tx, OrderRows rows, ShopPay pay) {
        this.context = context;
        this.tx = tx;
        this.rows = rows;
        this.pay = pay;
    }

    /**
     * The seller refunds {@code refundFen} of a paid order. The refund number is stored before WeChat Pay
     * is called; if the call fails the order stays REFUNDING and {@link #retry} re-sends the same number.
     *
     * @param outTradeNo the order's {@code out_trade_no}
     * @param refundFen the amount in fen, positive, at most what is left unrefunded
     * @param reason shown to the buyer, clipped to 80 characters; blank or {@code null} for {@code 退款}
     * @param seller who refunds, recorded as {@code seller:<seller>} in the history and the audit log
     * @return the refund number ({@code out_refund_no})
     * @throws ModuleException {@code REFUND_NOT_ALLOWED} above what is left, {@code ILLEGAL_TRANSITION},
     *     {@code PAY_FAILED} (the refund is stored; retry it)
     * @throws ModuleException also {@code INVALID_INPUT} for an amount that is not positive, {@code NOT_FOUND}
     */
    public String refund(String outTradeNo, long refundFen, String reason, String seller) {
        String why = reason == null || reason.isBlank() ? "退款" : OrderRows.clip(reason.strip(), 80);
        if (refundFen <= 0) {
            throw new ModuleException(CommonError.INVALID_INPUT, "refund must be positive");
        }
        String outRefundNo = tx.run(h -> {
            ShopOrder o = rows.require(h, outTradeNo, true);
            if (o.status() == OrderStatus.PAID || o.status() == OrderStatus.PARTIALLY_REFUNDED) {
                if (refundFen > o.totalFen() - o.refundedFen()) {
                    throw new ModuleException(ShopError.REFUND_NOT_ALLOWED, "only " + (o.totalFen() - o.refundedFen()) + " fen left to refund");
                }
            }
            long n = h.createQuery("SELECT COUNT(*) FROM wxkit_shop_refund WHERE order_id = :o").bind("o", o.id()).mapTo(Long.class).one();
            String no = "R" + outTradeNo + "-" + (n + 1);
            rows.move(h, o, OrderStatus.REFUNDING, "seller:" + seller, no + " " + refundFen + " fen");
            h.createUpdate("INSERT INTO wxkit_shop_refund (out_refund_no, order_id, refund_fen, status, reason, created_at)"
                            + " VALUES (:r, :o, :f, 'PROCESSING', :why, :at)")
                    .bind("r", no).bind("o", o.id()).bind("f", refundFen).bind("why", why).bind("at", context.clock().millis()).execute();
            context.audit().record(h, AuditEntry.of(ShopModule.NAME, "seller:" + seller, "order.refund", "refund:" + no, "OK"));
            return no;
        });
        send(outRefundNo);
        return outRefundNo;
    }

    /**
     * Re-sends a refund whose application failed (same {@code out_refund_no}: WeChat Pay refunds it once).
     *
     * @param outRefundNo the refund number {@link #refund} returned
     * @throws ModuleException {@code NOT_FOUND} for an unknown refund, {@code PAY_FAILED} if WeChat Pay fails again
     */
    public void retry(String outRefundNo) {
        send(outRefundNo);
    }

    /**
     * Applies a verified refund notification once: its {@code out_trade_no} and {@code amount.refund}
     * must be the stored refund's, else it is flagged and not applied.
     *
     * @param n a refund notification whose signature sdk-pay verified
     * @return {@code APPLIED}, {@code ALREADY_APPLIED}, {@code DUPLICATE} (its id was processed), {@code NOT_PAID}
     *     (still processing) or {@code FLAGGED}
     */
    public PaymentOutcome onRefund(RefundNotification n) {
        return tx.run(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM wxkit_shop_notification WHERE notification_id = :i")
                    .bind("i", OrderRows.clip(n.id(), 64)).mapTo(Long.class).one() > 0) {
                return PaymentOutcome.DUPLICATE;
            }
            PaymentOutcome outcome = apply(h, n.outRefundNo(), n.refund().outTradeNo(), n.refundFen(), n.refundStatus(), n.id());
            h.createUpdate("INSERT INTO wxkit_shop_notification (notification_id, out_trade_no, outcome, at_ms) VALUES (:i, :o, :r, :at)")
                    .bind("i", OrderRows.clip(n.id(), 64)).bind("o", OrderRows.clip(n.refund().outTradeNo(), 64))
                    .bind("r", outcome.name()).bind("at", context.clock().millis()).execute();
            return outcome;
        });
    }

    private void send(String outRefundNo) {
        StoredRefund r = context.jdbi().withHandle(h -> stored(h, outRefundNo))
                .orElseThrow(() -> new ModuleException(ShopError.NOT_FOUND, "no refund " + OrderRows.clip(outRefundNo, 64)));
        Refund answer;
        try {
            answer = pay.refund(r.outTradeNo(), outRefundNo, r.refundFen(), r.totalFen(), r.reason());
        } catch (RuntimeException e) {
            throw new ModuleException(ShopError.PAY_FAILED, "WeChat Pay refund " + outRefundNo + " failed; retry it", e);
        }
        if (!"PROCESSING".equals(answer.status())) {
            long fen = answer.amount() == null ? r.refundFen() : answer.amount().refundFen();
            tx.run(h -> apply(h, outRefundNo, answer.outTradeNo() == null ? r.outTradeNo() : answer.outTradeNo(), fen, answer.status(),
                    "answer " + answer.refundId()));
        }
    }

    private PaymentOutcome apply(Handle h, String outRefundNo, String outTradeNo, long refundFen, String status, String source) {
        Optional<StoredRefund> found = stored(h, outRefundNo);
        if (found.isEmpty() || !found.get().outTradeNo().equals(outTradeNo) || found.get().refundFen() != refundFen) {
            log.warn("shop: refund result {} for {} does not match a stored refund", OrderRows.clip(source, 64), OrderRows.clip(outRefundNo, 64));
            h.createUpdate("INSERT INTO wxkit_shop_payment_flag (out_trade_no, notification_id, reason, at_ms) VALUES (:o, :i, :r, :at)")
                    .bind("o", OrderRows.clip(outTradeNo, 64)).bind("i", OrderRows.clip(source, 64))
                    .bind("r", "refund " + OrderRows.clip(outRefundNo, 64) + " of " + refundFen + " fen does not match").bind("at", context.clock().millis())
                    .execute();
            return PaymentOutcome.FLAGGED;
        }
        String finalStatus = "SUCCESS".equals(status) ? "SUCCESS" : "CLOSED".equals(status) || "ABNORMAL".equals(status) ? status : null;
        if (finalStatus == null) {
            return PaymentOutcome.NOT_PAID;
        }
        long finishedAt = context.clock().millis();
        int n = h.createUpdate("UPDATE wxkit_shop_refund SET status = :s, finished_at = :at WHERE out_refund_no = :r AND status = 'PROCESSING'")
                .bind("s", finalStatus).bind("at", finishedAt).bind("r", outRefundNo).execute();
        if (n == 0) {
            return PaymentOutcome.ALREADY_APPLIED;
        }
        ShopOrder o = rows.require(h, outTradeNo, true);
        if ("SUCCESS".equals(finalStatus)) {
            SalesRollup.refunded(h, o.id(), finishedAt, refundFen);
        }
        long refunded = o.refundedFen() + ("SUCCESS".equals(finalStatus) ? refundFen : 0);
        h.createUpdate("UPDATE wxkit_shop_order SET refunded_fen = :f WHERE id = :id").bind("f", refunded).bind("id", o.id()).execute();
        OrderStatus to = refunded == o.totalFen() ? OrderStatus.REFUNDED : refunded > 0 ? OrderStatus.PARTIALLY_REFUNDED : OrderStatus.PAID;
        rows.move(h, o, to, "wechatpay", outRefundNo + " " + finalStatus + " (" + source + ")");
        return PaymentOutcome.APPLIED;
    }

    private static Optional<StoredRefund> stored(Handle h, String outRefundNo) {
        return h.createQuery("SELECT o.out_trade_no, o.total_fen, r.refund_fen, r.reason FROM wxkit_shop_refund r"
                        + " JOIN wxkit_shop_order o ON o.id = r.order_id WHERE r.out_refund_no = :r").bind("r", outRefundNo)
                .map((rs, c) -> new StoredRefund(rs.getString("out_trade_no"), rs.getLong("total_fen"), rs.getLong("refund_fen"),
                        rs.getString("reason")))
                .findOne();
    }

    private record StoredRefund(String outTradeNo, long totalFen, long refundFen, String reason) {}
}
