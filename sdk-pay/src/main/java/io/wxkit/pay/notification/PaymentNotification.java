package io.wxkit.pay.notification;

import io.wxkit.pay.payment.Transaction;
import java.time.Instant;
import java.util.Objects;

/**
 * A verified payment notification (支付成功通知, {@code TRANSACTION.SUCCESS}) with its decrypted
 * order.
 *
 * <pre>{@code
 * PaymentNotification n = pay.notifications().parsePayment(headers, body);
 * if (n.isPaid()) orders.markPaid(n.outTradeNo(), n.totalFen());
 * }</pre>
 *
 * @param id          {@code id}; identical on every redelivery
 * @param createTime  {@code create_time}
 * @param eventType   {@code event_type}
 * @param summary     {@code summary}
 * @param transaction the decrypted resource
 */
public record PaymentNotification(String id, Instant createTime, String eventType, String summary, Transaction transaction)
        implements Notification {
    public PaymentNotification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(transaction, "transaction");
    }

    /** {@code out_trade_no}. */
    public String outTradeNo() {
        return transaction.outTradeNo();
    }

    /** {@code transaction_id}. */
    public String transactionId() {
        return transaction.transactionId();
    }

    /** {@code trade_state}, {@code SUCCESS} for a paid order. */
    public String tradeState() {
        return transaction.tradeState();
    }

    /** {@code amount.total} in fen. */
    public long totalFen() {
        return transaction.totalFen();
    }

    /** {@code payer.openid}. */
    public String payerOpenid() {
        return transaction.payerOpenid();
    }

    /** Whether {@code trade_state} is SUCCESS. */
    public boolean isPaid() {
        return transaction.isPaid();
    }
}
