package io.wxkit.examples.admin.analytics;

import io.wxkit.core.http.WxApiException;
import io.wxkit.examples.admin.AdminAccounts;
import io.wxkit.examples.admin.AdminAccounts.Account;
import io.wxkit.examples.admin.messages.MessageLog;
import io.wxkit.examples.admin.publish.MassJobs;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/analytics} (分析统计): one account's followers, messages, menu clicks, article reads and sends over
 * a date range (at most 31 days, default the last 7 days up to today), and the domain modules' activity over the
 * same days ({@link ModuleActivity}), drawn with ECharts from the WebJar.
 */
@Controller
class AnalyticsController {
    static final int MAX_DAYS = 31;

    private final AdminAccounts accounts;
    private final MessageLog messages;
    private final MassJobs massJobs;
    private final ModuleActivity modules;

    AnalyticsController(AdminAccounts accounts, MessageLog messages, MassJobs massJobs, ModuleActivity modules) {
        this.accounts = accounts;
        this.messages = messages;
        this.massJobs = massJobs;
        this.modules = modules;
    }

    @GetMapping("/admin/analytics")
    String page(@RequestParam(defaultValue = "") String app, @RequestParam(defaultValue = "") String from,
                @RequestParam(defaultValue = "") String to, Model model) {
        Account account = app.isBlank() ? accounts.first() : accounts.require(app);
        LocalDate today = LocalDate.now(MessageLog.CHINA);
        LocalDate end = parse(to, today);
        // a malformed end has no default start: both fields then show what was typed and the format
        LocalDate start = parse(from, end == null ? today.minusDays(6) : end.minusDays(6));
        String problem = null;
        if (start == null || end == null) {
            problem = "日期格式 yyyy-MM-dd Dates as yyyy-MM-dd";
        } else if (end.isAfter(today)) {
            problem = "结束日期不能晚于今天 The range cannot end after today";
        } else if (start.isAfter(end)) {
            problem = "开始日期晚于结束日期 The start is after the end";
        } else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            problem = "最多 " + MAX_DAYS + " 天 At most " + MAX_DAYS + " days";
        }
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("account", account);
        model.addAttribute("from", from.isBlank() && start != null ? start.toString() : from);
        model.addAttribute("to", to.isBlank() && end != null ? end.toString() : to);
        if (problem != null) {
            model.addAttribute("error", problem);
            model.addAttribute("rangeError", problem);
            return "admin/analytics";
        }
        try {
            Dashboard d = Dashboard.build(accounts.mp(account.appId()), messages, account.appId(), start, end, today);
            d.addModules(modules.between(start, end));
            model.addAttribute("dashboard", d);
            long[] mass = massJobs.sentBetween(account.appId(), start.atStartOfDay(MessageLog.CHINA).toInstant(),
                    end.plusDays(1).atStartOfDay(MessageLog.CHINA).toInstant());
            model.addAttribute("massJobs", mass[0]);
            model.addAttribute("massReached", mass[1]);
        } catch (WxApiException e) {
            model.addAttribute("error", "微信统计接口出错 WeChat's analytics API refused: " + e.errcode() + " " + e.errmsg());
        }
        return "admin/analytics";
    }

    private static LocalDate parse(String text, LocalDate fallback) {
        if (text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
