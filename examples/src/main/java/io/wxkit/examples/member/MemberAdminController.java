package io.wxkit.examples.member;

import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.member.Admin;
import io.wxkit.modules.member.Member;
import io.wxkit.modules.member.MemberModule;
import io.wxkit.spring.oauth.WxUser;
import io.wxkit.spring.oauth.WxUserPrincipal;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 微会员 on the phone, for scoped member admins (a WeChat user the owner granted a role and scopes): search the
 * members in scope, scan a member's card code, and adjust points. Every operation goes through the module's
 * {@code AdminOps}, which checks the role and the scope; a member outside the scope is refused with the reason.
 */
@Controller
class MemberAdminController {
    private final MemberModule member;

    MemberAdminController(MemberModule member) {
        this.member = member;
    }

    @GetMapping("/member/admin")
    String console(@RequestParam(required = false) String q, @WxUser WxUserPrincipal user, Model model) {
        model.addAttribute("pageTitle", "微会员管理");
        Optional<Admin> admin = member.admins().find(user.openid());
        model.addAttribute("admin", admin.orElse(null));
        model.addAttribute("q", q);
        if (admin.isPresent()) {
            String text = q == null || q.isBlank() ? null : q.strip();
            model.addAttribute("members", member.adminOps().search(user.openid(), text, PageRequest.first(30)).items());
        }
        return "member/admin";
    }

    @PostMapping("/member/admin/scan")
    String scan(@RequestParam(defaultValue = "") String payload, @WxUser WxUserPrincipal user, Model model,
                RedirectAttributes redirect) {
        try {
            Member scanned = member.cards().verify(payload.strip());
            return show(model, user, scanned.openid());
        } catch (ModuleException e) {
            redirect.addFlashAttribute("error", MemberMessages.of(e));
            return "redirect:/member/admin";
        }
    }

    @GetMapping("/member/admin/member")
    String member(@RequestParam String openid, @WxUser WxUserPrincipal user, Model model) {
        return show(model, user, openid);
    }

    @PostMapping("/member/admin/points")
    String points(@RequestParam String openid, @RequestParam(defaultValue = "") String delta,
                  @RequestParam(defaultValue = "") String reason, @RequestParam String key,
                  @WxUser WxUserPrincipal user, Model model, RedirectAttributes redirect) {
        long amount;
        try {
            amount = Long.parseLong(delta.strip());
        } catch (NumberFormatException e) {
            amount = 0;
        }
        if (amount == 0 || Math.abs(amount) > 100_000 || reason.isBlank() || reason.strip().length() > 60) {
            model.addAttribute("deltaError", amount == 0 || Math.abs(amount) > 100_000
                    ? "请填写 -100000 到 100000 之间、不为 0 的整数。A non-zero whole number up to 100000." : null);
            model.addAttribute("reasonError", reason.isBlank() || reason.strip().length() > 60
                    ? "请填写 1–60 字的原因。Give a reason of 1 to 60 characters." : null);
            model.addAttribute("delta", delta);
            model.addAttribute("reason", reason);
            return show(model, user, openid);
        }
        try {
            member.adminOps().adjustPoints(user.openid(), openid, amount, "admin:" + key, reason.strip());
            redirect.addFlashAttribute("flash", "积分已调整 " + (amount > 0 ? "+" : "") + amount + "。Points adjusted.");
        } catch (ModuleException e) {
            redirect.addFlashAttribute("error", MemberMessages.of(e));
        }
        redirect.addAttribute("openid", openid);
        return "redirect:/member/admin/member";
    }

    /** The member page of the console, or the console with the refusal when the member is out of scope. */
    private String show(Model model, WxUserPrincipal user, String openid) {
        model.addAttribute("pageTitle", "微会员管理");
        try {
            Member m = member.adminOps().view(user.openid(), openid);
            model.addAttribute("member", m);
            model.addAttribute("balance", m.points());
            // a fresh key per form: a double-tapped submit adjusts once
            model.addAttribute("key", UUID.randomUUID().toString());
            return "member/admin-member";
        } catch (ModuleException e) {
            model.addAttribute("error", MemberMessages.of(e));
            model.addAttribute("refused", e.code());
            Optional<Admin> admin = member.admins().find(user.openid());
            model.addAttribute("admin", admin.orElse(null));
            if (admin.isPresent()) {
                model.addAttribute("members", member.adminOps().search(user.openid(), null, PageRequest.first(30)).items());
            }
            return "member/admin";
        }
    }
}
