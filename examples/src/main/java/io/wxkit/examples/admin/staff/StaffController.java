package io.wxkit.examples.admin.staff;

import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.audit.AuditLog;
import java.security.Principal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/staff}: the staff accounts (administrators only): add one with roles, change roles, disable. */
@Controller
class StaffController {
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");

    private final StaffAccounts staff;
    private final AuditLog audit;

    StaffController(StaffAccounts staff, AuditLog audit) {
        this.staff = staff;
        this.audit = audit;
    }

    @GetMapping("/admin/staff")
    String page(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new StaffForm("", "", Set.of()));
        }
        model.addAttribute("staff", staff.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("errors", model.getAttribute("errors") == null ? Map.of() : model.getAttribute("errors"));
        return "admin/staff";
    }

    @PostMapping("/admin/staff")
    String create(@RequestParam String username, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String password,
                  @RequestParam(name = "roles", required = false) List<Role> roles,
                  Principal who, Model model, RedirectAttributes redirect) {
        Set<Role> chosen = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        StaffForm form = new StaffForm(username.trim(), displayName.trim(), chosen);
        Map<String, String> errors = validate(form, password);
        if (!errors.isEmpty()) {
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            model.addAttribute("error", "请更正标出的字段 Please correct the marked fields");
            return page(model);
        }
        staff.create(form.username(), form.displayName().isEmpty() ? form.username() : form.displayName(), password, chosen);
        audit.record(who.getName(), "staff.create", form.username() + " roles " + chosen);
        redirect.addFlashAttribute("flash", "已添加 " + form.username() + " Staff member added");
        return "redirect:/admin/staff";
    }

    @PostMapping("/admin/staff/{username}/enabled")
    String enabled(@PathVariable String username, @RequestParam boolean enabled, Principal who,
                   RedirectAttributes redirect) {
        if (username.equals(who.getName()) && !enabled) {
            redirect.addFlashAttribute("error", "不能停用自己的账号 You cannot disable yourself");
            return "redirect:/admin/staff";
        }
        staff.setEnabled(username, enabled);
        audit.record(who.getName(), enabled ? "staff.enable" : "staff.disable", username);
        redirect.addFlashAttribute("flash", (enabled ? "已启用 " : "已停用 ") + username);
        return "redirect:/admin/staff";
    }

    @PostMapping("/admin/staff/{username}/roles")
    String roles(@PathVariable String username, @RequestParam(name = "roles", required = false) List<Role> roles,
                 Principal who, RedirectAttributes redirect) {
        if (roles == null || roles.isEmpty()) {
            redirect.addFlashAttribute("error", username + ": 至少选择一个角色 choose at least one role");
            return "redirect:/admin/staff";
        }
        staff.setRoles(username, EnumSet.copyOf(roles));
        audit.record(who.getName(), "staff.roles", username + " roles " + EnumSet.copyOf(roles));
        redirect.addFlashAttribute("flash", "已更新角色 Roles updated: " + username);
        return "redirect:/admin/staff";
    }

    private Map<String, String> validate(StaffForm form, String password) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!USERNAME.matcher(form.username()).matches()) {
            errors.put("username", "3–32 个小写字母、数字或 . _ -，以字母开头 (3–32 lowercase letters, digits, . _ -)");
        } else if (staff.find(form.username()).isPresent()) {
            errors.put("username", "用户名已存在 This username is taken");
        }
        if (form.displayName().length() > 64) {
            errors.put("displayName", "最多 64 个字符 At most 64 characters");
        }
        if (password.length() < StaffAccounts.MIN_PASSWORD) {
            errors.put("password", "密码至少 " + StaffAccounts.MIN_PASSWORD + " 个字符 At least "
                    + StaffAccounts.MIN_PASSWORD + " characters");
        }
        if (form.roles().isEmpty()) {
            errors.put("roles", "至少选择一个角色 Choose at least one role");
        }
        return errors;
    }

    /** What the add form keeps when it is shown again (never the password). */
    record StaffForm(String username, String displayName, Set<Role> roles) {
    }
}
