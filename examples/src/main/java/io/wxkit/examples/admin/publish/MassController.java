package io.wxkit.examples.admin.publish;

import io.wxkit.examples.admin.AdminAccounts;
import io.wxkit.examples.admin.AdminAccounts.Account;
import io.wxkit.examples.admin.audit.AuditLog;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /admin/publish/mass} (微传播): mass send to all followers, a tag or a list; each job has a page whose
 * progress bar follows WeChat's MASSSENDJOBFINISH events (polled as JSON).
 */
@Controller
class MassController {
    private final AdminAccounts accounts;
    private final Articles articles;
    private final MassJobs jobs;
    private final MassSender sender;
    private final AuditLog audit;

    MassController(AdminAccounts accounts, Articles articles, MassJobs jobs, MassSender sender, AuditLog audit) {
        this.accounts = accounts;
        this.articles = articles;
        this.jobs = jobs;
        this.sender = sender;
        this.audit = audit;
    }

    @GetMapping("/admin/publish/mass")
    String page(@RequestParam(defaultValue = "") String app, Model model) {
        Account account = app.isBlank() ? accounts.first() : accounts.require(app);
        return render(account, MassForm.blank(account.appId()), Map.of(), model);
    }

    @PostMapping("/admin/publish/mass")
    String send(@RequestParam String app, @RequestParam(defaultValue = "all") String target,
                @RequestParam(defaultValue = "") String tagId, @RequestParam(defaultValue = "") String openids,
                @RequestParam(defaultValue = "text") String kind, @RequestParam(defaultValue = "") String text,
                @RequestParam(defaultValue = "") String articleId, Principal who, Model model) {
        Account account = accounts.require(app);
        MassForm form = new MassForm(account.appId(), target, tagId, openids, kind, text, articleId);
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            model.addAttribute("error", "未发送，请更正标出的字段 Not sent: correct the marked fields");
            return render(account, form, errors, model);
        }
        long jobId = sender.start(form, who.getName());
        audit.record(who.getName(), "mass.send", account.name() + " job #" + jobId + " to " + form.describeTarget());
        return "redirect:/admin/publish/mass/" + jobId;
    }

    @GetMapping("/admin/publish/mass/{id}")
    String job(@PathVariable long id, Model model) {
        model.addAttribute("job", jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "admin/mass-job";
    }

    @GetMapping("/admin/publish/mass/{id}/progress")
    @ResponseBody
    Map<String, Object> progress(@PathVariable long id) {
        MassJob job = jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Map.of("state", job.state(), "percent", job.percent(), "chunks", job.chunks(),
                "finishedChunks", job.finishedChunks(), "total", job.totalCount(), "sent", job.sentCount(),
                "errors", job.errorCount(), "failure", job.failure() == null ? "" : job.failure());
    }

    private String render(Account account, MassForm form, Map<String, String> errors, Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("tags", accounts.mp(account.appId()).tags().list());
        model.addAttribute("articles", articles.of(account.appId()));
        model.addAttribute("jobs", jobs.latest(20));
        return "admin/mass";
    }
}
