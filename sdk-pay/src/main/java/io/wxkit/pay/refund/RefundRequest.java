package io.wxkit.pay.refund;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.pay.internal.PayContext;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A refund application (申请退款): which order, the merchant refund number (reuse it on every retry
 * — WeChat refunds one {@code out_refund_no} only once), and the amounts in fen.
 *
 * <pre>{@code
 * RefundRequest r = RefundRequest.ofOutTradeNo(outTradeNo, outRefundNo, 500, 990).reason("Cancelled");
 * }</pre>
 *
 * @param transactionId {@code transaction_id}, or {@code null} when {@code outTradeNo} is given
 * @param outTradeNo    {@code out_trade_no}, or {@code null} when {@code transactionId} is given
 * @param outRefundNo   {@code out_refund_no}: up to 64 of {@code [0-9a-zA-Z_-|*@]}
 * @param refundFen     {@code amount.refund}, positive, at most {@code totalFen}
 * @param totalFen      {@code amount.total}: the original order amount
 * @param reason        {@code reason} (shown to the user), or {@code null}
 * @param notifyUrl     {@code notify_url}, or {@code null} for the builder's default (may be absent)
 * @param fundsAccount  {@code funds_account} ({@code AVAILABLE}, {@code UNSETTLED}), or {@code null}
 */
public record RefundRequest(String transactionId, String outTradeNo, String outRefundNo, long refundFen, long totalFen,
                            String reason, String notifyUrl, String fundsAccount) {
    private static final Pattern OUT_REFUND_NO = Pattern.compile("[0-9A-Za-z_\\-|*@]{1,64}");

    /**
     * A refund application; prefer {@link #ofOutTradeNo} or {@link #ofTransactionId}.
     *
     * @param transactionId {@code transaction_id}, or {@code null} when {@code outTradeNo} is given
     * @param outTradeNo    {@code out_trade_no}, or {@code null} when {@code transactionId} is given
     * @param outRefundNo   {@code out_refund_no}: up to 64 of {@code [0-9a-zA-Z_-|*@]}
     * @param refundFen     {@code amount.refund}, positive, at most {@code totalFen}
     * @param totalFen      {@code amount.total}: the original order amount
     * @param reason        {@code reason} (shown to the user), or {@code null}
     * @param notifyUrl     {@code notify_url}, or {@code null} for the builder's default (may be absent)
     * @param fundsAccount  {@code funds_account} ({@code AVAILABLE}, {@code UNSETTLED}), or {@code null}
     * @throws NullPointerException if {@code outRefundNo} is null
     * @throws IllegalArgumentException unless exactly one of {@code transactionId} and {@code outTradeNo} is
     *     given, {@code outRefundNo} matches, and {@code 0 < refundFen <= totalFen}
     */
    public RefundRequest {
        if ((transactionId == null) == (outTradeNo == null)) {
            throw new IllegalArgumentException("exactly one of transaction_id and out_trade_no is required");
        }
        Objects.requireNonNull(outRefundNo, "outRefundNo");
        if (!OUT_REFUND_NO.matcher(outRefundNo).matches()) {
            throw new IllegalArgumentException("out_refund_no must be 1-64 of [0-9a-zA-Z_-|*@]: " + outRefundNo);
        }
        if (refundFen <= 0 || totalFen <= 0 || refundFen > totalFen) {
            throw new IllegalArgumentException("need 0 < refundFen <= totalFen, got " + refundFen + " / " + totalFen);
        }
    }

    /**
     * A refund of an order by its merchant order number, e.g.
     * {@code RefundRequest.ofOutTradeNo("T20240101001", "R20240101001", 500, 990)} refunds ¥5.00 of ¥9.90.
     *
     * @param outTradeNo  the order's {@code out_trade_no}
     * @param outRefundNo the merchant's refund number ({@code out_refund_no}): 1–64 of {@code [0-9a-zA-Z_-|*@]}; reuse it on retries
     * @param refundFen   {@code amount.refund} in fen: positive, at most {@code totalFen} (several partial refunds may add up to it)
     * @param totalFen    {@code amount.total}: the original order amount in fen
     * @return the request, with the builder's {@code notify_url} unless {@link #notifyUrl} sets one
     * @throws IllegalArgumentException if a number breaks the rules above
     * @throws NullPointerException if {@code outTradeNo} or {@code outRefundNo} is null
     */
    public static RefundRequest ofOutTradeNo(String outTradeNo, String outRefundNo, long refundFen, long totalFen) {
        return new RefundRequest(null, Objects.requireNonNull(outTradeNo, "outTradeNo"), outRefundNo, refundFen, totalFen, null, null, null);
    }

    /**
     * A refund of an order by WeChat Pay's transaction id.
     *
     * @param transactionId the order's {@code transaction_id}
     * @param outRefundNo the merchant's refund number ({@code out_refund_no}): 1–64 of {@code [0-9a-zA-Z_-|*@]}; reuse it on retries
     * @param refundFen   {@code amount.refund} in fen: positive, at most {@code totalFen} (several partial refunds may add up to it)
     * @param totalFen    {@code amount.total}: the original order amount in fen
     * @return the request, with the builder's {@code notify_url} unless {@link #notifyUrl} sets one
     * @throws IllegalArgumentException if a number breaks the rules above
     * @throws NullPointerException if {@code transactionId} or {@code outRefundNo} is null
     */
    public static RefundRequest ofTransactionId(String transactionId, String outRefundNo, long refundFen, long totalFen) {
        return new RefundRequest(Objects.requireNonNull(transactionId, "transactionId"), null, outRefundNo, refundFen, totalFen, null, null, null);
    }

    /**
     * With {@code reason}, shown to the user in the refund message.
     *
     * @param value at most 80 characters, e.g. {@code "商品已售完"}
     * @return a copy with the reason
     */
    public RefundRequest reason(String value) {
        return new RefundRequest(transactionId, outTradeNo, outRefundNo, refundFen, totalFen, value, notifyUrl, fundsAccount);
    }

    /**
     * With {@code notify_url}, where WeChat Pay posts the refund notification.
     *
     * @param value an HTTPS URL without a query string
     * @return a copy with the URL
     */
    public RefundRequest notifyUrl(String value) {
        return new RefundRequest(transactionId, outTradeNo, outRefundNo, refundFen, totalFen, reason, value, fundsAccount);
    }

    /**
     * With {@code funds_account}: which funds the refund is paid from.
     *
     * @param value {@code AVAILABLE} (available balance) or {@code UNSETTLED} (unsettled funds)
     * @return a copy with the account
     */
    public RefundRequest fundsAccount(String value) {
        return new RefundRequest(transactionId, outTradeNo, outRefundNo, refundFen, totalFen, reason, notifyUrl, value);
    }

    ObjectNode toJson(PayContext ctx) {
        ObjectNode body = ctx.json().object();
        if (transactionId != null) {
            body.put("transaction_id", transactionId);
        } else {
            body.put("out_trade_no", outTradeNo);
        }
        body.put("out_refund_no", outRefundNo);
        if (reason != null) {
            body.put("reason", reason);
        }
        String url = notifyUrl != null ? notifyUrl : ctx.notifyUrl();
        if (url != null) {
            body.put("notify_url", url);
        }
        if (fundsAccount != null) {
            body.put("funds_account", fundsAccount);
        }
        body.putObject("amount").put("refund", refundFen).put("total", totalFen).put("currency", "CNY");
        return body;
    }
}
