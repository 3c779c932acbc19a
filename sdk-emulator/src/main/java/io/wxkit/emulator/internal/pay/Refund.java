package io.wxkit.emulator.internal.pay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A refund as the emulator records it: {@code PROCESSING → SUCCESS | ABNORMAL | CLOSED}, and an ABNORMAL one back
 * to PROCESSING when the merchant applies for an abnormal refund. Thread-safe.
 */
final class Refund {
    final String mchId;
    final String refundId;
    final String outRefundNo;
    final String outTradeNo;
    final String transactionId;
    final long refund;
    final long total;
    final String reason;
    final String notifyUrl;
    final Instant createTime;
    private String status = "PROCESSING";
    private Instant successTime;
    private String channel = "ORIGINAL";
    private String receivedAccount = "支付用户零钱";
    private final List<NotifyAttempt> attempts = new ArrayList<>();

    Refund(String mchId, String refundId, String outRefundNo, Order o, long refund, String reason, String notifyUrl,
           Instant createTime) {
        this.mchId = mchId;
        this.refundId = refundId;
        this.outRefundNo = outRefundNo;
        this.outTradeNo = o.outTradeNo;
        this.transactionId = o.transactionId();
        this.refund = refund;
        this.total = o.total;
        this.reason = reason;
        this.notifyUrl = notifyUrl;
        this.createTime = createTime;
    }

    synchronized String status() {
        return status;
    }

    synchronized Instant successTime() {
        return successTime;
    }

    synchronized String channel() {
        return channel;
    }

    synchronized String receivedAccount() {
        return receivedAccount;
    }

    /** PROCESSING → SUCCESS, ABNORMAL or CLOSED; false when the refund is not processing. */
    synchronized boolean finish(String target, Instant at) {
        if (!status.equals("PROCESSING")) {
            return false;
        }
        status = target;
        if (target.equals("SUCCESS")) {
            successTime = at;
        }
        return true;
    }

    /** ABNORMAL → PROCESSING towards another account; false when the refund is not abnormal. */
    synchronized boolean redirect(String newChannel, String account) {
        if (!status.equals("ABNORMAL")) {
            return false;
        }
        status = "PROCESSING";
        channel = newChannel;
        receivedAccount = account;
        return true;
    }

    synchronized void attempt(NotifyAttempt a) {
        attempts.add(a);
    }

    synchronized List<NotifyAttempt> attempts() {
        return List.copyOf(attempts);
    }
}
