package io.wxkit.emulator.internal.pay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A merchant transfer bill (商家转账单): {@code WAIT_USER_CONFIRM → SUCCESS} when the user confirms, {@code FAIL}
 * when the transfer cannot be paid, {@code CANCELLED} when the merchant cancels or the user declines. Thread-safe.
 */
final class Transfer {
    final String mchId;
    final String appId;
    final String outBillNo;
    final String transferBillNo;
    final String sceneId;
    final String openid;
    final long amount;
    final String remark;
    final String notifyUrl;
    final String packageInfo;
    final String fingerprint;
    final Instant createTime;
    private String state = "WAIT_USER_CONFIRM";
    private String failReason;
    private Instant updateTime;
    private final List<NotifyAttempt> attempts = new ArrayList<>();

    /** What the merchant asked for. */
    record Terms(String sceneId, String openid, long amount, String remark, String notifyUrl, String fingerprint) {
    }

    Transfer(String mchId, String appId, String outBillNo, String transferBillNo, Terms terms, String packageInfo,
             Instant createTime) {
        this.mchId = mchId;
        this.appId = appId;
        this.outBillNo = outBillNo;
        this.transferBillNo = transferBillNo;
        this.sceneId = terms.sceneId();
        this.openid = terms.openid();
        this.amount = terms.amount();
        this.remark = terms.remark();
        this.notifyUrl = terms.notifyUrl();
        this.fingerprint = terms.fingerprint();
        this.packageInfo = packageInfo;
        this.createTime = createTime;
        this.updateTime = createTime;
    }

    synchronized String state() {
        return state;
    }

    synchronized String failReason() {
        return failReason;
    }

    synchronized Instant updateTime() {
        return updateTime;
    }

    synchronized boolean isFinal() {
        return state.equals("SUCCESS") || state.equals("FAIL") || state.equals("CANCELLED");
    }

    /** WAIT_USER_CONFIRM → {@code target} (SUCCESS, FAIL with a reason, CANCELLED); false when already final. */
    synchronized boolean finish(String target, String reason, Instant at) {
        if (!state.equals("WAIT_USER_CONFIRM")) {
            return false;
        }
        state = target;
        failReason = reason;
        updateTime = at;
        return true;
    }

    synchronized void attempt(NotifyAttempt a) {
        attempts.add(a);
    }

    synchronized List<NotifyAttempt> attempts() {
        return List.copyOf(attempts);
    }
}
