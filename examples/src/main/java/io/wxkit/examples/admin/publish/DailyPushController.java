package io.wxkit.examples.admin.publish;

import io.wxkit.examples.admin.AdminAccounts;
import io.wxkit.examples.admin.AdminAccounts.Account;
import io.wxkit.examples.admin.audit.AuditLog;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/publish/daily}: daily pushes (time of day, article) with their run history and a "run now". */
@Controller
class DailyPushController {
    private final AdminAccounts accounts;
    private final Articles articles;
    private final DailyPushes pushes;
    private final DailyPushRunner runner;
    private final AuditLog audit;

    DailyPushController(AdminAccounts accounts, Articles articles, DailyPushes pushes, DailyPushRunner runner, AuditLog audit) {
        this.accounts = accounts;
        this.articles = articles;
        this.pushes = pushes;
        this.runner = runner;
        this.audit = audit;
    }

    @GetMapping("/admin/publish/daily")
    String page(@RequestParam(defaultValue = "") String app, Model model) {
        Account account = app.isBlank() ? accounts.first() : accounts.require(app);
        return render(account, "08:00", "", Map.of(), model);
    }

    @PostMapping("/admin/publish/daily")
    String create(@RequestParam String app, @RequestParam(defaultValue = "") String time,
                  @RequestParam(defaultValue = "") String articleId, Principal who, Model model, RedirectAttributes redirect) {
        Account account = accounts.require(app);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!time.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
            errors.put("time", "时间格式 HH:mm（中国时间）Time as HH:mm, China time");
        }
        if (!articleId.matches("\\d{1,18}") || articles.find(Long.parseLong(articleId)).isEmpty()) {
            errors.put("articleId", "请选择文章 Choose an article");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("error", "请更正标出的字段 Please correct the marked fields");
            return render(account, time, articleId, errors, model);
        }
        pushes.create(account.appId(), time, Long.parseLong(articleId));
        audit.record(who.getName(), "daily-push.create", account.name() + " at " + time + " article #" + articleId);
        redirect.addFlashAttribute("flash", "已添加每日推送 Daily push added");
        return "redirect:/admin/publish/daily?app=" + account.appId();
    }

    @PostMapping("/admin/publish/daily/{id}/run")
    String runNow(@PathVariable long id, Principal who, RedirectAttributes redirect) {
        DailyPushes.Push push = pushes.find(id).orElseThrow(() -> new IllegalArgumentException("no daily push #" + id));
        Long job = runner.run(push, "manual");
        audit.record(who.getName(), "daily-push.run", "#" + id + (job == null ? " failed" : " mass job #" + job));
        if (job == null) {
            redirect.addFlashAttribute("error", "推送失败，见运行记录 The push failed: see the run history");
            return "redirect:/admin/publish/daily?app=" + push.appId();
        }
        return "redirect:/admin/publish/mass/" + job;
    }

    @PostMapping("/admin/publish/daily/{id}/enabled")
    String enabled(@PathVariable long id, @RequestParam boolean enabled, Principal who, RedirectAttributes redirect) {
        DailyPushes.Push push = pushes.find(id).orElseThrow(() -> new IllegalArgumentException("no daily push #" + id));
        pushes.setEnabled(id, enabled);
        audit.record(who.getName(), enabled ? "daily-push.enable" : "daily-push.disable", "#" + id);
        return "redirect:/admin/publish/daily?app=" + push.appId();
    }

    private String render(Account account, String time, String articleId, Map<String, String> errors, Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("account", account);
        model.addAttribute("time", time);
        model.addAttribute("articleId", articleId);
        model.addAttribute("errors", errors);
        model.addAttribute("articles", articles.of(account.appId()));
        model.addAttribute("pushes", pushes.all().stream().filter(p -> p.appId().equals(account.appId())).toList());
        model.addAttribute("runs", pushes.runs(50));
        return "admin/daily";
    }
}
