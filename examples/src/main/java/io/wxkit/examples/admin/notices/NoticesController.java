package io.wxkit.examples.admin.notices;

import io.wxkit.core.http.WxApiException;
import io.wxkit.examples.admin.AdminAccounts;
import io.wxkit.examples.admin.AdminAccounts.Account;
import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.mp.template.PrivateTemplate;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /admin/notices} (会议通知): a template message to every confirmed participant of a registration form,
 * sent in the background; the job page follows each recipient's delivery (sent, not a follower, failed with
 * WeChat's errcode).
 */
@Controller
class NoticesController {
    /** The most recipients a poll carries; the page says when there are more (the totals always count all). */
    static final int MAX_LISTED = 500;

    private final AdminAccounts accounts;
    private final RegistrationForms forms;
    private final NoticeSender sender;
    private final AuditLog audit;

    NoticesController(AdminAccounts accounts, RegistrationForms forms, NoticeSender sender, AuditLog audit) {
        this.accounts = accounts;
        this.forms = forms;
        this.sender = sender;
        this.audit = audit;
    }

    @GetMapping("/admin/notices")
    String page(@RequestParam(defaultValue = "") String app, Model model) {
        Account account = app.isBlank() ? serviceAccount() : accounts.require(app);
        return render(account, NoticeForm.blank(account.appId()), Map.of(), model);
    }

    @PostMapping("/admin/notices")
    String send(@ModelAttribute NoticeForm form, Principal who, Model model) {
        Account account = accounts.require(form.appId());
        Map<String, String> errors = new java.util.LinkedHashMap<>(form.errors());
        List<RegistrationForms.Choice> chosen = errors.containsKey("formId") ? List.of() : forms.find(Long.parseLong(form.formId()));
        if (!errors.containsKey("formId") && chosen.isEmpty()) {
            errors.put("formId", "没有这个报名表 · no such registration form");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("error", "未发送，请更正标出的字段 Not sent: correct the marked fields");
            return render(account, form, errors, model);
        }
        RegistrationForms.Choice registration = chosen.get(0);
        List<String> recipients = forms.confirmedParticipants(registration.id());
        if (recipients.isEmpty()) {
            model.addAttribute("error", "这个报名表还没有已确认的参会者 · this form has no confirmed participant yet");
            return render(account, form, Map.of("formId", "没有已确认的参会者 · no confirmed participant"), model);
        }
        long id = sender.start(form, registration, recipients, who.getName());
        audit.record(who.getName(), "notices.send", account.name() + " job #" + id + " form #" + registration.id() + " "
                + registration.title() + " template " + form.templateId() + " to " + recipients.size() + " participants");
        return "redirect:/admin/notices/" + id;
    }

    @GetMapping("/admin/notices/{id}")
    String job(@PathVariable long id, Model model) {
        model.addAttribute("job", sender.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("maxListed", MAX_LISTED);
        return "admin/notice-job";
    }

    @GetMapping("/admin/notices/{id}/progress")
    @ResponseBody
    Map<String, Object> progress(@PathVariable long id) {
        NoticeJob.Snapshot job = sender.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Map.of("state", job.state(), "percent", job.percent(), "total", job.total(), "sent", job.sent(),
                "notFollowers", job.notFollowers(), "failed", job.failed(),
                "deliveries", job.deliveries().stream().limit(MAX_LISTED)
                        .map(d -> Map.of("openid", d.openid(), "status", d.status().name(), "detail", d.detail())).toList());
    }

    private String render(Account account, NoticeForm form, Map<String, String> errors, Model model) {
        List<RegistrationForms.Choice> registrations = forms.all();
        Set<String> templateIds = new LinkedHashSet<>();
        String templatesProblem = null;
        try {
            accounts.mp(account.appId()).templates().list().stream().map(PrivateTemplate::templateId).forEach(templateIds::add);
        } catch (WxApiException e) {
            // a subscription account has no template API: the page says so and still offers the forms' own templates
            templatesProblem = e.errcode() + " " + e.errmsg();
        }
        registrations.stream().map(RegistrationForms.Choice::templateId).filter(t -> t != null).forEach(templateIds::add);
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("registrations", registrations);
        model.addAttribute("templateIds", templateIds);
        model.addAttribute("templatesProblem", templatesProblem);
        model.addAttribute("jobs", sender.latest());
        return "admin/notices";
    }

    /** Template messages are a service account's (服务号) feature: open on it when there is one. */
    private Account serviceAccount() {
        return accounts.all().stream().filter(a -> a.name().equals("svc")).findFirst().orElseGet(accounts::first);
    }
}
