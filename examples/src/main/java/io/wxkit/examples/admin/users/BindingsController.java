package io.wxkit.examples.admin.users;

import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.examples.admin.business.SsoBeans;
import io.wxkit.sso.SsoBroker;
import io.wxkit.sso.binding.BindProof;
import io.wxkit.sso.error.SsoException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/users/bindings} (身份绑定): a follower's identity bindings per business system — bind (as an
 * administrator vouching for it), unbind — and the CSV import of many bindings, run in the background with a job
 * page that polls its progress and lists the refused lines.
 */
@Controller
class BindingsController {
    private static final Pattern OPENID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final SsoBeans sso;
    private final ImportJobs imports;
    private final AuditLog audit;

    BindingsController(SsoBeans sso, ImportJobs imports, AuditLog audit) {
        this.sso = sso;
        this.imports = imports;
        this.audit = audit;
    }

    @GetMapping("/admin/users/bindings")
    String page(@RequestParam(defaultValue = "") String openid, Model model) {
        SsoBroker broker = sso.broker();
        String o = openid.trim();
        model.addAttribute("openid", o);
        model.addAttribute("clients", broker.clients().list());
        model.addAttribute("bindings", OPENID.matcher(o).matches() ? broker.bindings().bindingsOf(o) : java.util.List.of());
        model.addAttribute("jobs", imports.latest());
        if (!o.isEmpty() && !OPENID.matcher(o).matches()) {
            model.addAttribute("error", "openid 为 1–64 个字母、数字、_ 或 - · an openid is 1–64 letters, digits, _ or -");
        }
        return "admin/bindings";
    }

    @PostMapping("/admin/users/bindings/bind")
    String bind(@RequestParam String openid, @RequestParam(defaultValue = "") String clientId,
                @RequestParam(defaultValue = "") String accountId, Principal who, RedirectAttributes redirect) {
        String o = openid.trim();
        try {
            sso.broker().bindings().bind(o, clientId, accountId.trim(), null, BindProof.admin(who.getName()));
        } catch (SsoException e) {
            redirect.addFlashAttribute("error", "未绑定 Not bound: " + e.error().code() + " — " + e.description());
            redirect.addFlashAttribute("typedClient", clientId);
            redirect.addFlashAttribute("typedAccount", accountId);
            return "redirect:/admin/users/bindings?openid=" + o;
        }
        audit.record(who.getName(), "bindings.bind", o + " → " + clientId + " " + accountId.trim());
        redirect.addFlashAttribute("flash", "已绑定 Bound to " + clientId);
        return "redirect:/admin/users/bindings?openid=" + o;
    }

    @PostMapping("/admin/users/bindings/unbind")
    String unbind(@RequestParam String openid, @RequestParam String clientId, Principal who, RedirectAttributes redirect) {
        String o = openid.trim();
        boolean removed = sso.broker().bindings().unbind(clientId, o, SsoBeans.actor(who.getName()));
        if (removed) {
            audit.record(who.getName(), "bindings.unbind", o + " ✕ " + clientId);
            redirect.addFlashAttribute("flash", "已解绑 Unbound from " + clientId);
        } else {
            redirect.addFlashAttribute("error", "没有这条绑定 No such binding: " + clientId);
        }
        return "redirect:/admin/users/bindings?openid=" + o;
    }

    @PostMapping("/admin/users/bindings/import")
    String importCsv(@RequestParam(name = "file", required = false) MultipartFile file, Principal who,
                     RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", "请选择一个 CSV 文件 · choose a CSV file (business system,openid,business user id)");
            return "redirect:/admin/users/bindings";
        }
        sso.broker(); // refuse before copying the upload when the broker is off: no temporary file left behind
        String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
        Path copy = Files.createTempFile("wxkit-bindings-", ".csv");
        long id;
        try {
            file.transferTo(copy);
            id = imports.start(copy, name, who.getName());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        audit.record(who.getName(), "bindings.import-start", "job #" + id + " " + name + " (" + file.getSize() + " bytes)");
        return "redirect:/admin/users/bindings/import/" + id;
    }

    @GetMapping("/admin/users/bindings/import/{id}")
    String job(@PathVariable long id, Model model) {
        model.addAttribute("job", imports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "admin/bindings-import";
    }

    @GetMapping("/admin/users/bindings/import/{id}/progress")
    @ResponseBody
    Map<String, Object> progress(@PathVariable long id) {
        ImportJob.Snapshot job = imports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Map.of("state", job.state(), "percent", job.percent(), "lines", job.lines(), "imported", job.imported(),
                "unchanged", job.unchanged(), "rejected", job.rejected(),
                "errors", job.errors().stream().map(e -> Map.of("line", e.line(), "reason", e.reason())).toList(),
                "failure", job.failure() == null ? "" : job.failure());
    }
}
