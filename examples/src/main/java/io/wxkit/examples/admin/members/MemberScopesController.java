package io.wxkit.examples.admin.members;

import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.examples.admin.staff.StaffAccount;
import io.wxkit.examples.admin.staff.StaffAccounts;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.member.Admin;
import io.wxkit.modules.member.AdminRole;
import io.wxkit.modules.member.AdminScope;
import io.wxkit.modules.member.Level;
import io.wxkit.modules.member.LevelRule;
import io.wxkit.modules.member.MemberModule;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/members/scopes} (管理范围) and {@code /admin/members/levels} (等级), administrators only: which member
 * admin (staff with MEMBER_ADMIN) manages which members (the member module's role and scopes: departments, levels,
 * tags or all), and the levels with their rules. Granting goes through {@code Admins.grant} as the module's owner.
 */
@Controller
class MemberScopesController {
    private final MemberModule member;
    private final MemberActors actors;
    private final StaffAccounts staff;
    private final AuditLog audit;

    MemberScopesController(MemberModule member, MemberActors actors, StaffAccounts staff, AuditLog audit) {
        this.member = member;
        this.actors = actors;
        this.staff = staff;
        this.audit = audit;
    }

    @GetMapping("/admin/members/scopes")
    String scopes(Authentication auth, Model model) {
        requireAdministrator(auth);
        Map<StaffAccount, Optional<Admin>> grants = new LinkedHashMap<>();
        for (StaffAccount s : staff.all()) {
            if (s.roles().contains(Role.MEMBER_ADMIN)) {
                grants.put(s, safeFind(s.username()));
            }
        }
        model.addAttribute("grants", grants);
        model.addAttribute("roles", new AdminRole[] {AdminRole.VIEWER, AdminRole.MANAGER});
        model.addAttribute("levels", member.members().levels());
        return "admin/member-scopes";
    }

    @PostMapping("/admin/members/scopes/{username}")
    String grant(@PathVariable String username, @RequestParam(defaultValue = "") String role,
                 @RequestParam(defaultValue = "") String scopes, Authentication auth, RedirectAttributes redirect) {
        requireAdministrator(auth);
        Set<AdminScope> parsed = new LinkedHashSet<>();
        String problem = null;
        try {
            for (String item : scopes.split("[,，\\n]")) {
                if (!item.isBlank()) {
                    parsed.add(scope(item.strip()));
                }
            }
        } catch (IllegalArgumentException | ModuleException e) {
            problem = e.getMessage();
        }
        if (problem == null && parsed.isEmpty()) {
            problem = "至少一个范围 At least one scope";
        }
        AdminRole r = "VIEWER".equals(role) || "MANAGER".equals(role) ? AdminRole.valueOf(role) : null;
        if (problem == null && r == null) {
            problem = "请选择角色 Choose VIEWER or MANAGER";
        }
        if (problem != null) {
            redirect.addFlashAttribute("error", "未授权 Not granted: " + problem);
            redirect.addFlashAttribute("badUser", username);
            redirect.addFlashAttribute("typedScopes", scopes);
            return "redirect:/admin/members/scopes";
        }
        try {
            member.admins().grant(actors.owner(), MemberActors.staffId(username), r, parsed);
            audit.record(auth.getName(), "members.grant", username + " " + r + " " + scopes.strip());
            redirect.addFlashAttribute("flash", "已授权 Granted: " + username + " " + r);
        } catch (ModuleException e) {
            redirect.addFlashAttribute("error", "未授权 Not granted: " + e.code() + " — " + e.getMessage());
        }
        return "redirect:/admin/members/scopes";
    }

    @GetMapping("/admin/members/levels")
    String levels(Authentication auth, Model model) {
        requireAdministrator(auth);
        model.addAttribute("levels", member.members().levels());
        Map<String, String> rules = new LinkedHashMap<>();
        member.members().levels().forEach(l -> rules.put(l.code(), describe(l.rule())));
        model.addAttribute("rules", rules);
        return "admin/member-levels";
    }

    @PostMapping("/admin/members/levels")
    String defineLevel(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
                       @RequestParam(defaultValue = "") String rank, @RequestParam(defaultValue = "") String rule,
                       @RequestParam(defaultValue = "") String threshold, Authentication auth, RedirectAttributes redirect) {
        requireAdministrator(auth);
        try {
            Level level = new Level(code.strip(), name.strip(), Integer.parseInt(rank.strip()), rule(rule, threshold.strip()));
            member.members().defineLevel(level, MemberActors.staffId(auth.getName()));
            audit.record(auth.getName(), "members.level-define", code.strip() + " " + name.strip() + " " + level.rule());
            redirect.addFlashAttribute("flash", "等级已保存 Level saved: " + name.strip());
        } catch (NumberFormatException e) {
            keepLevel(redirect, "排序与门槛须为整数 Rank and threshold must be whole numbers", code, name, rank, threshold);
        } catch (IllegalArgumentException | ModuleException e) {
            keepLevel(redirect, e.getMessage(), code, name, rank, threshold);
        }
        return "redirect:/admin/members/levels";
    }

    /** {@code all}, {@code department:东区}, {@code level:gold} or {@code tag:志愿者}. */
    private static AdminScope scope(String item) {
        if (item.equalsIgnoreCase("all")) {
            return AdminScope.all();
        }
        int colon = item.indexOf(':');
        String kind = colon < 0 ? "" : item.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
        String value = colon < 0 ? "" : item.substring(colon + 1).strip();
        return switch (kind) {
            case "department" -> AdminScope.department(value);
            case "level" -> AdminScope.level(value);
            case "tag" -> AdminScope.tag(value);
            default -> throw new IllegalArgumentException("范围写作 all、department:名称、level:代码 或 tag:标签，不是 “" + item
                    + "” Scopes are all, department:<name>, level:<code> or tag:<tag>");
        };
    }

    private static LevelRule rule(String rule, String threshold) {
        return switch (rule) {
            case "points" -> new LevelRule.ByPoints(Long.parseLong(threshold));
            case "orders" -> new LevelRule.ByPaidOrders(Long.parseLong(threshold));
            case "amount" -> new LevelRule.ByPaidAmount(Math.multiplyExact(Long.parseLong(threshold), 100));
            case "manual" -> new LevelRule.Manual();
            default -> throw new IllegalArgumentException("请选择规则 Choose a rule");
        };
    }

    /** A rule as staff read it. */
    static String describe(LevelRule rule) {
        if (rule instanceof LevelRule.ByPoints p) {
            return "累计积分 ≥ " + p.min() + " points earned";
        }
        if (rule instanceof LevelRule.ByPaidOrders o) {
            return "支付订单 ≥ " + o.count() + " paid orders";
        }
        if (rule instanceof LevelRule.ByPaidAmount a) {
            return "支付金额 ≥ ¥" + io.wxkit.examples.admin.shop.Yuan.format(a.fen()) + " paid";
        }
        return "仅手动 manual only";
    }

    private Optional<Admin> safeFind(String username) {
        try {
            return member.admins().find(MemberActors.staffId(username));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void keepLevel(RedirectAttributes redirect, String problem, String... typed) {
        redirect.addFlashAttribute("error", "未保存 Not saved: " + problem);
        redirect.addFlashAttribute("typed", Arrays.asList(typed));
    }

    /** Member admins manage members; what they may manage is the administrators' decision. */
    private static void requireAdministrator(Authentication auth) {
        if (!MemberActors.isAdministrator(auth)) {
            throw new AccessDeniedException("member scopes and levels are for administrators");
        }
    }
}
