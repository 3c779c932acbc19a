package io.wxkit.pay.notification;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * A verified refund notification (退款结果通知: {@code REFUND.SUCCESS}, {@code REFUND.ABNORMAL},
 * {@code REFUND.CLOSED}) with its decrypted refund.
 *
 * @param id         {@code id}
 * @param createTime {@code create_time}
 * @param eventType  {@code event_type}
 * @param summary    {@code summary}
 * @param refund     the decrypted resource
 */
public record RefundNotification(String id, Instant createTime, String eventType, String summary, Resource refund)
        implements Notification {
    /**
     * A refund notification; built by {@link NotificationsApi} after verification, or by tests.
     *
     * @param id         {@code id}
     * @param createTime {@code create_time}
     * @param eventType  {@code event_type}
     * @param summary    {@code summary}
     * @param refund     the decrypted resource
     * @throws NullPointerException if {@code id} or {@code refund} is null
     */
    public RefundNotification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(refund, "refund");
    }

    /**
     * The {@code refund} resource.
     *
     * @param mchId               {@code mchid}
     * @param outTradeNo          {@code out_trade_no}
     * @param transactionId       {@code transaction_id}
     * @param outRefundNo         {@code out_refund_no}
     * @param refundId            {@code refund_id}
     * @param refundStatus        {@code refund_status}: SUCCESS, CLOSED, ABNORMAL
     * @param successTime         {@code success_time}
     * @param userReceivedAccount {@code user_received_account}
     * @param amount              {@code amount}
     */
    public record Resource(@JsonProperty("mchid") String mchId, @JsonProperty("out_trade_no") String outTradeNo,
                           @JsonProperty("transaction_id") String transactionId, @JsonProperty("out_refund_no") String outRefundNo,
                           @JsonProperty("refund_id") String refundId, @JsonProperty("refund_status") String refundStatus,
                           @JsonProperty("success_time") Instant successTime,
                           @JsonProperty("user_received_account") String userReceivedAccount,
                           @JsonProperty("amount") Amount amount) {}

    /**
     * {@code amount} in fen.
     *
     * @param totalFen       {@code total}
     * @param refundFen      {@code refund}
     * @param payerTotalFen  {@code payer_total}
     * @param payerRefundFen {@code payer_refund}
     */
    public record Amount(@JsonProperty("total") long totalFen, @JsonProperty("refund") long refundFen,
                         @JsonProperty("payer_total") long payerTotalFen, @JsonProperty("payer_refund") long payerRefundFen) {}

    /**
     * {@code out_refund_no}.
     *
     * @return the merchant's refund number, e.g. {@code "R20240101001"}
     */
    public String outRefundNo() {
        return refund.outRefundNo();
    }

    /**
     * {@code refund_status}.
     *
     * @return {@code SUCCESS}, {@code CLOSED} or {@code ABNORMAL} (then {@code RefundsApi.applyAbnormalRefund})
     */
    public String refundStatus() {
        return refund.refundStatus();
    }

    /**
     * {@code amount.refund} in fen.
     *
     * @return the refunded amount in fen; 0 when the notification carried no amount
     */
    public long refundFen() {
        return refund.amount() == null ? 0 : refund.amount().refundFen();
    }
}
