package io.wxkit.examples.admin.notices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One notice send, as it runs: the recipients fixed when it started (the form's confirmed participants then), each
 * with its delivery status, written by the sending thread and read by the job page's polls.
 */
final class NoticeJob {
    /** Where one recipient stands. */
    enum Status { PENDING, SENT, NOT_FOLLOWER, FAILED }

    /** One recipient's outcome; {@code detail} is the msgid when sent, WeChat's errcode and errmsg when not. */
    record Delivery(String openid, Status status, String detail) {
    }

    /** A consistent copy of the job for a page or a poll. */
    record Snapshot(long id, String appId, long formId, String formTitle, String templateId, String startedBy,
                    Instant startedAt, String state, int percent, int total, int sent, int notFollowers, int failed,
                    List<Delivery> deliveries) {
    }

    private final long id;
    private final String appId;
    private final long formId;
    private final String formTitle;
    private final String templateId;
    private final String startedBy;
    private final Instant startedAt;
    private final List<Delivery> deliveries = new ArrayList<>();
    private boolean finished;

    NoticeJob(long id, String appId, long formId, String formTitle, String templateId, String startedBy,
              Instant startedAt, List<String> recipients) {
        this.id = id;
        this.appId = appId;
        this.formId = formId;
        this.formTitle = formTitle;
        this.templateId = templateId;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        recipients.forEach(o -> deliveries.add(new Delivery(o, Status.PENDING, "")));
    }

    long id() {
        return id;
    }

    String appId() {
        return appId;
    }

    String templateId() {
        return templateId;
    }

    synchronized int size() {
        return deliveries.size();
    }

    synchronized String openid(int index) {
        return deliveries.get(index).openid();
    }

    synchronized void outcome(int index, Status status, String detail) {
        deliveries.set(index, new Delivery(deliveries.get(index).openid(), status, detail));
    }

    /** Every recipient has an outcome and the job's totals are audited. */
    synchronized void finished() {
        finished = true;
    }

    synchronized Snapshot snapshot() {
        int sent = count(Status.SENT);
        int notFollowers = count(Status.NOT_FOLLOWER);
        int failed = count(Status.FAILED);
        int done = sent + notFollowers + failed;
        int total = deliveries.size();
        int percent = finished || total == 0 ? 100 : Math.min(99, done * 100 / total);
        return new Snapshot(id, appId, formId, formTitle, templateId, startedBy, startedAt,
                finished ? "finished" : "sending", percent, total, sent, notFollowers, failed, List.copyOf(deliveries));
    }

    private int count(Status status) {
        return (int) deliveries.stream().filter(d -> d.status() == status).count();
    }
}
