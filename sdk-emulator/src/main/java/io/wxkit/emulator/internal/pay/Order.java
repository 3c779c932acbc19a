package io.wxkit.emulator.internal.pay;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One WeChat Pay order as the emulator keeps it: what the merchant asked for and where it stands. States:
 * {@code NOTPAY → USERPAYING → SUCCESS → REFUND}; {@code NOTPAY|USERPAYING → PAYERROR | REVOKED | CLOSED}; an
 * unpaid order past its {@code time_expire} reads as {@code CLOSED}. Thread-safe: every accessor locks the order.
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
    final Instant expiresAt;
    private final Clock clock;
    private String payerOpenid;
    private String prepayId;
    private String state = "NOTPAY";
    private String transactionId;
    private Instant successTime;
    private long refunded;
    private final List<NotifyAttempt> attempts = new ArrayList<>();

    /** What the merchant ordered (the prepay body). */
    record Terms(String tradeType, String description, String attach, String notifyUrl, long total, String currency,
                 String payerOpenid, String fingerprint) {
    }

    Order(String mchId, String appId, String outTradeNo, Terms terms, Clock clock, Instant expiresAt) {
        this.mchId = mchId;
        this.appId = appId;
        this.outTradeNo = outTradeNo;
        this.tradeType = terms.tradeType();
        this.description = terms.description();
        this.attach = terms.attach();
        this.notifyUrl = terms.notifyUrl();
        this.total = terms.total();
        this.currency = terms.currency();
        this.payerOpenid = terms.payerOpenid();
        this.fingerprint = terms.fingerprint();
        this.clock = clock;
        this.createdAt = clock.instant();
        this.expiresAt = expiresAt;
    }

    synchronized String state() {
        if ((state.equals("NOTPAY") || state.equals("USERPAYING")) && !clock.instant().isBefore(expiresAt)) {
            state = "CLOSED"; // WeChat stops accepting payment at time_expire; the order reads as closed
        }
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

    /** NOTPAY or USERPAYING → SUCCESS; false when the order is not payable (any other state, or expired). */
    synchronized boolean pay(String transaction, String openid, Instant at) {
        if (!isOpen()) {
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

    /**
     * Moves an open (NOTPAY/USERPAYING) order to {@code target}: USERPAYING (only from NOTPAY), PAYERROR,
     * REVOKED or CLOSED; a PAYERROR order may still be closed. False otherwise.
     */
    synchronized boolean move(String target) {
        boolean closingFailed = target.equals("CLOSED") && state().equals("PAYERROR");
        if (!(isOpen() || closingFailed) || (target.equals("USERPAYING") && !state.equals("NOTPAY"))) {
            return false;
        }
        state = target;
        return true;
    }

    private boolean isOpen() {
        String s = state();
        return s.equals("NOTPAY") || s.equals("USERPAYING");
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

    /** Gives back a refund that was closed without paying out. */
    synchronized void unrefund(long amount) {
        refunded -= amount;
        if (refunded == 0) {
            state = "SUCCESS";
        }
    }

    synchronized void attempt(NotifyAttempt a) {
        attempts.add(a);
    }

    synchronized List<NotifyAttempt> attempts() {
        return List.copyOf(attempts);
    }
}
