package io.wxkit.examples.admin.members;

import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.member.Member;
import io.wxkit.modules.member.MemberModule;
import io.wxkit.modules.member.PointsEntry;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/members} (会员): the members the signed-in staff member manages (their module scopes; every member
 * for an administrator), searched by nickname, openid or card number; a member's page with the points ledger,
 * the points adjustment (with a reason) and the level. Everything goes through the member module's {@code AdminOps},
 * which refuses a member out of scope (OUT_OF_SCOPE) and audits the change in the module; the console audits too.
 */
@Controller
class MembersController {
    private static final int PAGE = 50;
    private final MemberModule member;
    private final MemberActors actors;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    MembersController(MemberModule member, MemberActors actors, AuditLog audit) {
        this.member = member;
        this.actors = actors;
        this.audit = audit;
    }

    @GetMapping("/admin/members")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String after, Authentication auth,
                Model model) {
        model.addAttribute("q", q);
        model.addAttribute("administrator", MemberActors.isAdministrator(auth));
        try {
            String admin = actors.actor(auth);
            model.addAttribute("scope", member.admins().find(admin).orElse(null));
            Page<Member> page = member.adminOps().search(admin, q.isBlank() ? null : q.strip(),
                    after == null ? PageRequest.first(PAGE) : PageRequest.after(after, PAGE));
            model.addAttribute("members", page.items());
            model.addAttribute("next", page.next().orElse(null));
        } catch (ModuleException e) {
            model.addAttribute("members", java.util.List.of());
            model.addAttribute("error", refusal(e));
        }
        model.addAttribute("levels", member.members().levels());
        return "admin/members";
    }

    @GetMapping("/admin/members/{openid}")
    String member(@PathVariable String openid, Authentication auth, Model model, HttpServletResponse response) {
        try {
            String admin = actors.actor(auth);
            Member m = member.adminOps().view(admin, openid);
            model.addAttribute("member", m);
            model.addAttribute("ledger", member.points().ledger(openid, PageRequest.first(30)).items());
            model.addAttribute("levels", member.members().levels());
            byte[] key = new byte[8];
            random.nextBytes(key);
            model.addAttribute("adjustKey", "console-" + HexFormat.of().formatHex(key));
            return "admin/member";
        } catch (ModuleException e) {
            response.setStatus(e.code().equals("MEMBER_NOT_FOUND") ? 404 : 403);
            model.addAttribute("problem", refusal(e));
            return "admin/member-refused";
        }
    }

    @PostMapping("/admin/members/{openid}/points")
    String adjust(@PathVariable String openid, @RequestParam(defaultValue = "") String delta,
                  @RequestParam(defaultValue = "") String reason, @RequestParam String key, Authentication auth,
                  RedirectAttributes redirect) {
        if (!delta.strip().matches("[+-]?\\d{1,9}") || Long.parseLong(delta.strip().replace("+", "")) == 0 || reason.isBlank()) {
            redirect.addFlashAttribute("error", "未调整 Not adjusted: 积分为非零整数（负数为扣减），并填写原因 "
                    + "A non-zero whole number (negative takes points) and a reason");
            redirect.addFlashAttribute("typedDelta", delta);
            redirect.addFlashAttribute("typedReason", reason);
            return "redirect:/admin/members/" + openid;
        }
        long points = Long.parseLong(delta.strip().replace("+", ""));
        try {
            // the form's key makes a double submit one adjustment: the module applies a business key once
            PointsEntry e = member.adminOps().adjustPoints(actors.actor(auth), openid, points, key, reason.strip());
            audit.record(auth.getName(), "members.points", openid + " " + (points > 0 ? "+" : "") + points + ": " + reason.strip());
            redirect.addFlashAttribute("flash", "积分已调整 Points adjusted: " + (e.delta() > 0 ? "+" : "") + e.delta());
        } catch (ModuleException e) {
            redirect.addFlashAttribute("error", "未调整 Not adjusted: " + refusal(e));
            redirect.addFlashAttribute("typedDelta", delta);
            redirect.addFlashAttribute("typedReason", reason);
        }
        return "redirect:/admin/members/" + openid;
    }

    @PostMapping("/admin/members/{openid}/level")
    String level(@PathVariable String openid, @RequestParam(defaultValue = "") String level, Authentication auth,
                 RedirectAttributes redirect) {
        try {
            member.adminOps().setLevel(actors.actor(auth), openid, level.isBlank() ? null : level);
            audit.record(auth.getName(), "members.level", openid + " → " + (level.isBlank() ? "rules" : level));
            redirect.addFlashAttribute("flash", level.isBlank() ? "等级交回规则 Level back to the rules" : "等级已设定 Level set: " + level);
        } catch (ModuleException e) {
            redirect.addFlashAttribute("error", "未设定 Not set: " + refusal(e));
        }
        return "redirect:/admin/members/" + openid;
    }

    static String refusal(ModuleException e) {
        String why = switch (e.code()) {
            case "OUT_OF_SCOPE" -> "该会员不在你的管理范围内 This member is outside your scope";
            case "NOT_ADMIN" -> "你还没有会员管理权限，请管理员在“管理范围”中授权 You have no member scope yet: an administrator grants it";
            case "MEMBER_NOT_FOUND" -> "没有这个会员 No such member";
            default -> e.getMessage();
        };
        return why + " (" + e.code() + ")";
    }
}
