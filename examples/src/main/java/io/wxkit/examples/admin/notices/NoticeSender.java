package io.wxkit.examples.admin.notices;

import io.wxkit.core.http.WxApiException;
import io.wxkit.examples.admin.AdminAccounts;
import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.template.TemplateMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Sends a notice off the request thread: one template message per confirmed participant, in turn (WeChat's
 * template API takes one recipient per call), each outcome recorded as it comes. One job at a time, so a large
 * form cannot starve the others of the account's API quota; the latest {@link #KEPT} jobs stay for their pages, the
 * audit log keeps the totals.
 */
@Component
class NoticeSender implements DisposableBean {
    static final int KEPT = 50;
    /** WeChat: "require subscribe" — the participant does not follow the account (any more). */
    static final int NOT_A_FOLLOWER = 43004;

    private final AdminAccounts accounts;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, NoticeJob> jobs = new LinkedHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "admin-notice-send");
        t.setDaemon(true);
        return t;
    });

    NoticeSender(AdminAccounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Records the job for {@code recipients} and queues its sending; answers the job id at once. */
    long start(NoticeForm form, RegistrationForms.Choice registration, List<String> recipients, String staff) {
        NoticeJob job = new NoticeJob(ids.incrementAndGet(), form.appId(), registration.id(), registration.title(),
                form.templateId(), staff, clock.instant(), recipients);
        synchronized (jobs) {
            jobs.put(job.id(), job);
            if (jobs.size() > KEPT) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
        Map<String, String> values = form.values();
        String url = form.url();
        executor.execute(() -> send(job, values, url));
        return job.id();
    }

    private void send(NoticeJob job, Map<String, String> values, String url) {
        WxMp mp = accounts.mp(job.appId());
        for (int i = 0; i < job.size(); i++) {
            TemplateMessage message = TemplateMessage.to(job.openid(i), job.templateId());
            for (Map.Entry<String, String> v : values.entrySet()) {
                message = message.data(v.getKey(), v.getValue());
            }
            if (!url.isEmpty()) {
                message = message.url(url);
            }
            try {
                job.outcome(i, NoticeJob.Status.SENT, "msgid " + mp.templates().send(message));
            } catch (WxApiException e) {
                job.outcome(i, e.errcode() == NOT_A_FOLLOWER ? NoticeJob.Status.NOT_FOLLOWER : NoticeJob.Status.FAILED,
                        e.errcode() + " " + e.errmsg());
            } catch (RuntimeException e) {
                job.outcome(i, NoticeJob.Status.FAILED, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        try {
            NoticeJob.Snapshot done = job.snapshot();
            audit.record(done.startedBy(), "notices.finished", "job #" + done.id() + " form #" + done.formId() + " "
                    + done.templateId() + ": sent=" + done.sent() + " not_follower=" + done.notFollowers()
                    + " failed=" + done.failed());
        } finally {
            // finished only once audited: whoever sees the job done finds its audit entry too
            job.finished();
        }
    }

    Optional<NoticeJob.Snapshot> find(long id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id)).map(NoticeJob::snapshot);
        }
    }

    List<NoticeJob.Snapshot> latest() {
        synchronized (jobs) {
            List<NoticeJob.Snapshot> newestFirst = new ArrayList<>(jobs.values().stream().map(NoticeJob::snapshot).toList());
            Collections.reverse(newestFirst);
            return newestFirst;
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
