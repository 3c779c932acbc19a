package io.wxkit.emulator.pay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One WeChat Pay order as the emulator keeps it: what the merchant asked for and where it stands
 * ({@code NOTPAY → SUCCESS → REFUND}, or {@code CLOSED}). Thread-safe: every accessor locks the order.
 */
final class Order {
    final String mchId;
    final String appId;
    final String outTradeNo;
    final String tradeType;
    final String description;
    final String attach;
    final String notifyUrl;
    final long total;
    final String currency;
    final String fingerprint;
    final Instant createdAt;
    private String payerOpenid;
    private String prepayId;
    private String state = "NOTPAY";
    private String transactionId;
    private Instant successTime;
    private long refunded;
    private final List<NotifyAttempt> attempts = new ArrayList<>();

    /** One delivery attempt of a notification. */
    record NotifyAttempt(Instant at, String event, String outcome, boolean accepted) {
    }

    Order(String mchId, String appId, String outTradeNo, String tradeType, String description, String attach,
          String notifyUrl, long total, String currency, String payerOpenid, String fingerprint, Instant createdAt) {
        this.mchId = mchId;
        this.appId = appId;
        this.outTradeNo = outTradeNo;
        this.tradeType = tradeType;
        this.description = description;
        this.attach = attach;
        this.notifyUrl = notifyUrl;
        this.total = total;
        this.currency = currency;
        this.payerOpenid = payerOpenid;
        this.fingerprint = fingerprint;
        this.createdAt = createdAt;
    }

    synchronized String state() {
        return state;
    }

    synchronized String prepayId() {
        return prepayId;
    }

    synchronized void prepayId(String id) {
        prepayId = id;
    }

    synchronized String payerOpenid() {
        return payerOpenid;
    }

    synchronized String transactionId() {
        return transactionId;
    }

    synchronized Instant successTime() {
        return successTime;
    }

    synchronized long refunded() {
        return refunded;
    }

    /** NOTPAY → SUCCESS; false when the order is not payable. */
    synchronized boolean pay(String transaction, String openid, Instant at) {
        if (!state.equals("NOTPAY")) {
            return false;
        }
        state = "SUCCESS";
        transactionId = transaction;
        successTime = at;
        if (openid != null) {
            payerOpenid = openid;
        }
        return true;
    }

    synchronized void close() {
        state = "CLOSED";
    }

    /** Adds a refund; false when it exceeds what is left. */
    synchronized boolean refund(long amount) {
        if (refunded + amount > total) {
            return false;
        }
        refunded += amount;
        state = "REFUND";
        return true;
    }

    synchronized void attempt(NotifyAttempt a) {
        attempts.add(a);
    }

    synchronized List<NotifyAttempt> attempts() {
        return List.copyOf(attempts);
    }
}
