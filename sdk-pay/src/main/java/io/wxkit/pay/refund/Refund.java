package io.wxkit.pay.refund;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A refund as WeChat Pay reports it (退款单) from apply, query and abnormal-refund calls.
 *
 * @param refundId            {@code refund_id}
 * @param outRefundNo         {@code out_refund_no}
 * @param transactionId       {@code transaction_id}
 * @param outTradeNo          {@code out_trade_no}
 * @param channel             {@code channel}: ORIGINAL, BALANCE, OTHER_BALANCE, OTHER_BANKCARD
 * @param userReceivedAccount {@code user_received_account}
 * @param successTime         {@code success_time}, or {@code null}
 * @param createTime          {@code create_time}
 * @param status              {@code status}: SUCCESS, CLOSED, PROCESSING, ABNORMAL
 * @param fundsAccount        {@code funds_account}
 * @param amount              {@code amount}
 */
public record Refund(@JsonProperty("refund_id") String refundId, @JsonProperty("out_refund_no") String outRefundNo,
                     @JsonProperty("transaction_id") String transactionId, @JsonProperty("out_trade_no") String outTradeNo,
                     @JsonProperty("channel") String channel, @JsonProperty("user_received_account") String userReceivedAccount,
                     @JsonProperty("success_time") Instant successTime, @JsonProperty("create_time") Instant createTime,
                     @JsonProperty("status") String status, @JsonProperty("funds_account") String fundsAccount,
                     @JsonProperty("amount") Amount amount) {

    /**
     * {@code amount}, in fen.
     *
     * @param totalFen            {@code total}
     * @param refundFen           {@code refund}
     * @param payerTotalFen       {@code payer_total}
     * @param payerRefundFen      {@code payer_refund}
     * @param settlementRefundFen {@code settlement_refund}
     * @param settlementTotalFen  {@code settlement_total}
     * @param discountRefundFen   {@code discount_refund}
     * @param currency            {@code currency}
     */
    public record Amount(@JsonProperty("total") long totalFen, @JsonProperty("refund") long refundFen,
                         @JsonProperty("payer_total") long payerTotalFen, @JsonProperty("payer_refund") long payerRefundFen,
                         @JsonProperty("settlement_refund") long settlementRefundFen,
                         @JsonProperty("settlement_total") long settlementTotalFen,
                         @JsonProperty("discount_refund") long discountRefundFen, @JsonProperty("currency") String currency) {}

    /**
     * Whether {@code status} is SUCCESS.
     *
     * @return true once the money is back with the user; also {@code r.status().equals("SUCCESS")}
     */
    public boolean isSuccess() {
        return "SUCCESS".equals(status);
    }

    /**
     * Whether {@code status} is ABNORMAL (then {@link RefundsApi#applyAbnormalRefund} applies).
     *
     * @return true when the refund is stuck (e.g. the user's card was closed) and needs a new target
     */
    public boolean isAbnormal() {
        return "ABNORMAL".equals(status);
    }
}
