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

    /** A refund of an order by its merchant order number. */
    public static RefundRequest ofOutTradeNo(String outTradeNo, String outRefundNo, long refundFen, long totalFen) {
        return new RefundRequest(null, Objects.requireNonNull(outTradeNo, "outTradeNo"), outRefundNo, refundFen, totalFen, null, null, null);
    }

    /** A refund of an order by WeChat's transaction id. */
    public static RefundRequest ofTransactionId(String transactionId, String outRefundNo, long refundFen, long totalFen) {
        return new RefundRequest(Objects.requireNonNull(transactionId, "transactionId"), null, outRefundNo, refundFen, totalFen, null, null, null);
    }

    /** With {@code reason}. */
    public RefundRequest reason(String value) {
        return new RefundRequest(transactionId, outTradeNo, outRefundNo, refundFen, totalFen, value, notifyUrl, fundsAccount);
    }

    /** With {@code notify_url}. */
    public RefundRequest notifyUrl(String value) {
        return new RefundRequest(transactionId, outTradeNo, outRefundNo, refundFen, totalFen, reason, value, fundsAccount);
    }

    /** With {@code funds_account}. */
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
