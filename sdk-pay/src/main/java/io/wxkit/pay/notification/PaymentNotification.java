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
    /**
     * A payment notification; built by {@link NotificationsApi} after verification, or by tests.
     *
     * @param id          {@code id}; identical on every redelivery
     * @param createTime  {@code create_time}
     * @param eventType   {@code event_type}
     * @param summary     {@code summary}
     * @param transaction the decrypted resource
     * @throws NullPointerException if {@code id} or {@code transaction} is null
     */
    public PaymentNotification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(transaction, "transaction");
    }

    /**
     * {@code out_trade_no}.
     *
     * @return the merchant's order number, e.g. {@code "T20240101001"}
     */
    public String outTradeNo() {
        return transaction.outTradeNo();
    }

    /**
     * {@code transaction_id}.
     *
     * @return WeChat Pay's order number, e.g. {@code "4200000985202401010123456789"}; keep it for refunds and support
     */
    public String transactionId() {
        return transaction.transactionId();
    }

    /**
     * {@code trade_state}, {@code SUCCESS} for a paid order.
     *
     * @return {@code SUCCESS} for {@code TRANSACTION.SUCCESS}; WeChat Pay sends no other state today
     */
    public String tradeState() {
        return transaction.tradeState();
    }

    /**
     * {@code amount.total} in fen.
     *
     * @return the order amount in fen, e.g. {@code 990} for ¥9.90; compare it with your order's
     *     ({@link ExpectedOrder#check}) before shipping
     */
    public long totalFen() {
        return transaction.totalFen();
    }

    /**
     * {@code payer.openid}.
     *
     * @return the payer's openid under the order's appid, or null
     */
    public String payerOpenid() {
        return transaction.payerOpenid();
    }

    /**
     * Whether {@code trade_state} is SUCCESS.
     *
     * @return true when the money was received
     */
    public boolean isPaid() {
        return transaction.isPaid();
    }
}
