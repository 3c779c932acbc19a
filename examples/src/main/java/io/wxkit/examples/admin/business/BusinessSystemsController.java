package io.wxkit.examples.admin.business;

import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.sso.client.ClientRegistration;
import io.wxkit.sso.client.ClientRegistry;
import io.wxkit.sso.client.IssuedCredentials;
import io.wxkit.sso.error.SsoError;
import io.wxkit.sso.error.SsoException;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/business} (业务系统, administrators only): the SSO broker's business systems — list, register,
 * rotate the secret, disable and enable. New credentials travel to the result page as a one-request flash
 * attribute: shown once, never stored, logged or audited (the broker keeps only the secret's hash), gone on reload.
 */
@Controller
class BusinessSystemsController {
    /** A rotated secret's predecessor keeps working this long, so the business system can switch without downtime. */
    static final Duration ROTATION_GRACE = Duration.ofHours(1);

    private final SsoBeans sso;
    private final AuditLog audit;

    BusinessSystemsController(SsoBeans sso, AuditLog audit) {
        this.sso = sso;
        this.audit = audit;
    }

    @GetMapping("/admin/business")
    String page(Model model) {
        return render(ClientForm.blank(), Map.of(), model);
    }

    @PostMapping("/admin/business/clients")
    String register(@ModelAttribute ClientForm form, Principal who, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            return refused(form, errors, model);
        }
        ClientRegistration registration = ClientRegistration.of(form.clientId(), form.name(), form.redirectUriList());
        if (!form.verifyUrl().isEmpty()) {
            registration = registration.verifyUrl(form.verifyUrl());
        }
        IssuedCredentials issued;
        try {
            issued = clients().register(registration, SsoBeans.actor(who.getName()));
        } catch (SsoException e) {
            return refused(form, Map.of(field(e.error()), e.description()), model);
        }
        audit.record(who.getName(), "business.register", form.clientId() + " " + form.name() + " "
                + form.redirectUriList());
        redirect.addFlashAttribute("issued", issued);
        redirect.addFlashAttribute("issuedWhy", "已注册 Registered");
        return "redirect:/admin/business/issued";
    }

    @PostMapping("/admin/business/clients/{clientId}/rotate")
    String rotate(@PathVariable String clientId, Principal who, RedirectAttributes redirect) {
        IssuedCredentials issued = clients().rotateSecret(clientId, ROTATION_GRACE, SsoBeans.actor(who.getName()));
        audit.record(who.getName(), "business.rotate", clientId + " (old secret valid for " + ROTATION_GRACE + ")");
        redirect.addFlashAttribute("issued", issued);
        redirect.addFlashAttribute("issuedWhy", "密钥已更换 Secret rotated");
        return "redirect:/admin/business/issued";
    }

    @PostMapping("/admin/business/clients/{clientId}/status")
    String status(@PathVariable String clientId, @RequestParam boolean enable, Principal who, RedirectAttributes redirect) {
        String actor = SsoBeans.actor(who.getName());
        if (enable) {
            clients().enable(clientId, actor);
        } else {
            clients().disable(clientId, actor);
        }
        audit.record(who.getName(), enable ? "business.enable" : "business.disable", clientId);
        redirect.addFlashAttribute("flash", enable ? "已启用 " + clientId + " enabled" : "已停用 " + clientId + " disabled");
        return "redirect:/admin/business";
    }

    /** The credentials of the registration or rotation just made; a reload (or any later visit) has none. */
    @GetMapping("/admin/business/issued")
    String issued(Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return "admin/business-issued";
    }

    /** An unknown client id in a URL (or one removed meanwhile): a 404 page naming it. */
    @ExceptionHandler(SsoException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown(SsoException e, Model model) {
        model.addAttribute("problem", e.getMessage());
        return "admin/problem";
    }

    private String refused(ClientForm form, Map<String, String> errors, Model model) {
        model.addAttribute("error", "未注册，请更正标出的字段 Not registered: correct the marked fields");
        return render(form, errors, model);
    }

    private String render(ClientForm form, Map<String, String> errors, Model model) {
        model.addAttribute("clients", clients().list());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/business";
    }

    /** Which form field a broker refusal belongs to. */
    private static String field(SsoError error) {
        return switch (error) {
            case INVALID_REDIRECT_URI -> "redirectUris";
            case CLIENT_EXISTS -> "clientId";
            default -> "name";
        };
    }

    private ClientRegistry clients() {
        return sso.broker().clients();
    }
}
