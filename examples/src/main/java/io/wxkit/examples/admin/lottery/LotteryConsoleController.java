package io.wxkit.examples.admin.lottery;

import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.lottery.Activity;
import io.wxkit.modules.lottery.Draw;
import io.wxkit.modules.lottery.LotteryMode;
import io.wxkit.modules.lottery.LotteryModule;
import io.wxkit.modules.lottery.Win;
import java.security.Principal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/lottery}: set up activities (prizes, weights, stock, limits) on the starter's {@link LotteryModule}
 * bean, follow the draws, see the winners, draw winners in the staff-drawn modes, and redeem prizes by code.
 * Without the bean ({@code wxkit.modules.lottery.enabled=false}) the page says so.
 */
@Controller
class LotteryConsoleController {
    private final ObjectProvider<LotteryModule> lottery;
    private final AuditLog audit;

    LotteryConsoleController(ObjectProvider<LotteryModule> lottery, AuditLog audit) {
        this.lottery = lottery;
        this.audit = audit;
    }

    @GetMapping("/admin/lottery")
    String page(Model model) {
        return render(LotteryForm.blank(LocalDateTime.now(LotteryForm.CHINA)), Map.of(), model);
    }

    @PostMapping("/admin/lottery")
    String create(@RequestParam Map<String, String> params, Principal who, Model model, RedirectAttributes redirect) {
        LotteryModule module = lottery.getIfAvailable();
        LotteryForm form = LotteryForm.parse(params);
        Map<String, String> errors = module == null ? Map.of() : form.errors();
        if (module != null && errors.isEmpty()) {
            try {
                Activity a = module.activities().create(form.draft());
                audit.record(who.getName(), "lottery.create", "#" + a.id() + " " + a.title() + " (" + a.mode() + ", "
                        + a.prizes().size() + " prizes)");
                redirect.addFlashAttribute("flash", "抽奖已创建 Lottery created");
                return "redirect:/admin/lottery/" + a.id();
            } catch (ModuleException e) {
                errors = Map.of("module", e.getMessage());
            }
        }
        model.addAttribute("error", "未创建，请更正标出的字段 Not created: correct the marked fields");
        return render(form, errors, model);
    }

    @GetMapping("/admin/lottery/{id}")
    String activity(@PathVariable long id, Model model) {
        LotteryModule module = lottery.getObject();
        Activity a = module.activities().get(id);
        List<Draw> draws = module.draws().log(id, PageRequest.first(100)).items();
        Map<Long, Win> winners = new LinkedHashMap<>();
        draws.stream().map(Draw::openid).distinct()
                .forEach(openid -> module.wins().of(id, openid).forEach(w -> winners.put(w.id(), w)));
        model.addAttribute("activity", a);
        model.addAttribute("draws", draws);
        model.addAttribute("winners", winners.values());
        model.addAttribute("prizeNames", a.prizes().stream().collect(java.util.stream.Collectors.toMap(
                p -> p.id(), p -> p.name())));
        model.addAttribute("staffDrawn", a.mode() == LotteryMode.RANDOM_DRAW || a.mode() == LotteryMode.MESSAGE);
        return "admin/lottery-activity";
    }

    @PostMapping("/admin/lottery/{id}/redeem")
    String redeem(@PathVariable long id, @RequestParam(defaultValue = "") String code, Principal who,
                  RedirectAttributes redirect) {
        try {
            Win w = lottery.getObject().wins().redeem(code.trim(), who.getName());
            audit.record(who.getName(), "lottery.redeem", "#" + id + " win " + w.id() + " (" + w.openid() + ")");
            redirect.addFlashAttribute("flash", "已核销 Redeemed: " + code.trim());
        } catch (ModuleException e) {
            redirect.addFlashAttribute("error", "核销失败 Not redeemed: " + e.code() + " — " + e.getMessage());
            redirect.addFlashAttribute("code", code);
        }
        return "redirect:/admin/lottery/" + id;
    }

    @PostMapping("/admin/lottery/{id}/winners")
    String drawWinners(@PathVariable long id, @RequestParam long prizeId, @RequestParam(defaultValue = "1") int count,
                       Principal who, RedirectAttributes redirect) {
        try {
            List<Win> wins = lottery.getObject().entries().drawWinners(id, prizeId, count, who.getName());
            audit.record(who.getName(), "lottery.draw-winners", "#" + id + " prize " + prizeId + ": " + wins.size());
            redirect.addFlashAttribute("flash", "已抽出 " + wins.size() + " 位中奖者 Winners drawn: " + wins.size());
        } catch (ModuleException e) {
            redirect.addFlashAttribute("error", "未抽奖 Not drawn: " + e.code() + " — " + e.getMessage());
        }
        return "redirect:/admin/lottery/" + id;
    }

    @PostMapping("/admin/lottery/{id}/close")
    String close(@PathVariable long id, Principal who, RedirectAttributes redirect) {
        lottery.getObject().activities().close(id, who.getName());
        audit.record(who.getName(), "lottery.close", "#" + id);
        redirect.addFlashAttribute("flash", "抽奖已结束 Lottery closed");
        return "redirect:/admin/lottery/" + id;
    }

    private String render(LotteryForm form, Map<String, String> errors, Model model) {
        LotteryModule module = lottery.getIfAvailable();
        model.addAttribute("enabled", module != null);
        model.addAttribute("activities", module == null ? List.of() : module.activities().list(PageRequest.first(50)).items());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("modes", LotteryMode.values());
        return "admin/lottery";
    }
}
