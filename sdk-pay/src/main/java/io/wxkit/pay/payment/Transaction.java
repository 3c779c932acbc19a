package io.wxkit.pay.payment;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A WeChat Pay order as returned by the query APIs and inside a payment notification (the
 * {@code transaction} object).
 *
 * @param appId          {@code appid}
 * @param mchId          {@code mchid}
 * @param outTradeNo     {@code out_trade_no}
 * @param transactionId  {@code transaction_id}: WeChat Pay's order number
 * @param tradeType      {@code trade_type}: JSAPI, NATIVE, APP, MICROPAY, MWEB, FACEPAY
 * @param tradeState     {@code trade_state}: SUCCESS, REFUND, NOTPAY, CLOSED, REVOKED, USERPAYING, PAYERROR
 * @param tradeStateDesc {@code trade_state_desc}
 * @param bankType       {@code bank_type}
 * @param attach         {@code attach}
 * @param successTime    {@code success_time}, or {@code null} when not paid
 * @param payer          {@code payer}
 * @param amount         {@code amount}
 */
public record Transaction(@JsonProperty("appid") String appId, @JsonProperty("mchid") String mchId,
                          @JsonProperty("out_trade_no") String outTradeNo, @JsonProperty("transaction_id") String transactionId,
                          @JsonProperty("trade_type") String tradeType, @JsonProperty("trade_state") String tradeState,
                          @JsonProperty("trade_state_desc") String tradeStateDesc, @JsonProperty("bank_type") String bankType,
                          @JsonProperty("attach") String attach, @JsonProperty("success_time") Instant successTime,
                          @JsonProperty("payer") Payer payer, @JsonProperty("amount") Amount amount) {

    /** {@code payer}. @param openid {@code openid} */
    public record Payer(@JsonProperty("openid") String openid) {}

    /**
     * {@code amount}, all in fen.
     *
     * @param totalFen      {@code total}
     * @param payerTotalFen {@code payer_total}: what the user paid after coupons
     * @param currency      {@code currency}
     * @param payerCurrency {@code payer_currency}
     */
    public record Amount(@JsonProperty("total") long totalFen, @JsonProperty("payer_total") long payerTotalFen,
                         @JsonProperty("currency") String currency, @JsonProperty("payer_currency") String payerCurrency) {}

    /**
     * Whether {@code trade_state} is SUCCESS.
     *
     * @return true for {@code SUCCESS}; false for NOTPAY, CLOSED, REFUND, USERPAYING, PAYERROR, REVOKED
     */
    public boolean isPaid() {
        return "SUCCESS".equals(tradeState);
    }

    /**
     * {@code amount.total} in fen (0 if absent).
     *
     * @return the order amount in fen (1 yuan = 100 fen), e.g. {@code 990} for ¥9.90
     */
    public long totalFen() {
        return amount == null ? 0 : amount.totalFen();
    }

    /**
     * {@code payer.openid}, or {@code null}.
     *
     * @return the payer's openid under the order's appid, or null when WeChat Pay did not return one
     */
    public String payerOpenid() {
        return payer == null ? null : payer.openid();
    }
}
