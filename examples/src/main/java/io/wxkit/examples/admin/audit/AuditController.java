package io.wxkit.examples.admin.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/audit}: the audit log, newest first, with a filter (administrators only). */
@Controller
class AuditController {
    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("entries", audit.latest(q, 200));
        return "admin/audit";
    }
}
