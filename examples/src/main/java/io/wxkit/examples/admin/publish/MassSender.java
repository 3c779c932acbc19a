package io.wxkit.examples.admin.publish;

import io.wxkit.examples.admin.AdminAccounts;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.mass.MassMessage;
import io.wxkit.mp.mass.MassSendResult;
import io.wxkit.mp.mass.MassTarget;
import io.wxkit.mp.mass.NewsArticle;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Starts mass sends off the request thread (a list of many openids is several WeChat calls; the page shows the
 * job's progress instead of waiting), one job at a time in submission order, as WeChat itself queues them.
 */
@Component
class MassSender implements DisposableBean {
    private final AdminAccounts accounts;
    private final MassJobs jobs;
    private final Articles articles;
    private final Covers covers;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "admin-mass-send");
        t.setDaemon(true);
        return t;
    });

    MassSender(AdminAccounts accounts, MassJobs jobs, Articles articles, Covers covers) {
        this.accounts = accounts;
        this.jobs = jobs;
        this.articles = articles;
        this.covers = covers;
    }

    /** Records the job and queues its sending; answers the job id at once. */
    long start(MassForm form, String staff) {
        String what = form.kind().equals("text") ? "text: " + form.text()
                : "article #" + form.articleId() + " " + articles.find(Long.parseLong(form.articleId())).map(StoredArticle::title).orElse("?");
        long jobId = jobs.create(form.appId(), form.describeTarget(), what, staff);
        executor.execute(() -> send(jobId, form));
        return jobId;
    }

    private void send(long jobId, MassForm form) {
        try {
            WxMp mp = accounts.mp(form.appId());
            List<MassSendResult> calls = mp.mass().send(target(form), message(mp, form));
            jobs.submitted(jobId, calls.stream().map(MassSendResult::msgId).toList());
        } catch (RuntimeException e) {
            jobs.failed(jobId, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static MassTarget target(MassForm form) {
        return switch (form.target()) {
            case "tag" -> MassTarget.tag(Long.parseLong(form.tagId()));
            case "list" -> MassTarget.users(form.openidList());
            default -> MassTarget.all();
        };
    }

    private MassMessage message(WxMp mp, MassForm form) {
        if (form.kind().equals("text")) {
            return MassMessage.text(form.text());
        }
        StoredArticle a = articles.find(Long.parseLong(form.articleId()))
                .orElseThrow(() -> new IllegalArgumentException("no article #" + form.articleId()));
        NewsArticle news = new NewsArticle(covers.thumbMediaId(form.appId()), emptyToNull(a.author()), a.title(), null,
                a.content(), emptyToNull(a.digest()), 0, 1, 0);
        return MassMessage.mpNews(mp.mass().uploadNews(List.of(news)));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
