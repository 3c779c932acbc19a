package io.wxkit.examples.admin.business;

import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.sso.interfaces.BusinessInterface;
import io.wxkit.sso.interfaces.InterfaceError;
import io.wxkit.sso.interfaces.InterfaceException;
import io.wxkit.sso.interfaces.InterfaceRegistry;
import io.wxkit.sso.interfaces.InterfaceSpec;
import java.security.Principal;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/business/interfaces} (业务接口): the keyword queries into business systems — listed, edited
 * (trigger, business system and endpoint, on/off; optimistic versions, so two editors cannot overwrite each other
 * silently) and tried: the "try it" box shows what a follower would be answered, sending nothing to WeChat.
 */
@Controller
class InterfacesController {
    /** The inbound message's ToUserName in a try: no Official Account receives it (the rule serves every account). */
    static final String TRY_IT_ACCOUNT = "console-try-it";

    private final SsoBeans sso;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    InterfacesController(SsoBeans sso, AuditLog audit) {
        this.sso = sso;
        this.audit = audit;
    }

    @GetMapping("/admin/business/interfaces")
    String page(Model model) {
        return list("", "", Map.of(), null, model);
    }

    @PostMapping("/admin/business/interfaces/try")
    String tryIt(@RequestParam(defaultValue = "") String openid, @RequestParam(defaultValue = "") String text,
                 Principal who, Model model) {
        String o = openid.trim();
        Map<String, String> errors = TryIt.errors(o, text);
        if (!errors.isEmpty()) {
            model.addAttribute("error", "未试运行，请更正标出的字段 Not run: correct the marked fields");
            return list(o, text, errors, null, model);
        }
        TryIt.Outcome outcome = TryIt.run(sso.interfaces(), TRY_IT_ACCOUNT, o, text.strip(), clock);
        audit.record(who.getName(), "interfaces.try", o + " \"" + text.strip() + "\" → "
                + (outcome.matched() ? outcome.kind() : "no match"));
        return list(o, text, Map.of(), outcome, model);
    }

    @GetMapping("/admin/business/interfaces/{id}")
    String edit(@PathVariable String id, Model model) {
        BusinessInterface i = find(id);
        return editor(i, InterfaceForm.of(i), Map.of(), model);
    }

    @PostMapping("/admin/business/interfaces/{id}")
    String save(@PathVariable String id, @RequestParam(defaultValue = "") String kind,
                @RequestParam(defaultValue = "") String value, @RequestParam(defaultValue = "") String clientId,
                @RequestParam(defaultValue = "") String endpoint, @RequestParam(defaultValue = "false") boolean enabled,
                @RequestParam int version, Principal who, Model model, RedirectAttributes redirect) {
        BusinessInterface stored = find(id);
        InterfaceForm form = new InterfaceForm(kind, value, clientId, endpoint, enabled, version);
        Map<String, String> errors = InterfaceForm.noErrors();
        InterfaceSpec spec = form.applyTo(stored.spec(), errors);
        if (spec == null) {
            model.addAttribute("error", "未保存，请更正标出的字段 Not saved: correct the marked fields");
            return editor(stored, form, errors, model);
        }
        String actor = SsoBeans.actor(who.getName());
        InterfaceRegistry registry = sso.interfaces().registry();
        try {
            BusinessInterface saved = registry.update(id, version, spec, actor);
            if (saved.enabled() != enabled) {
                saved = enabled ? registry.enable(id, saved.version(), actor) : registry.disable(id, saved.version(), actor);
            }
            audit.record(who.getName(), "interfaces.update", stored.spec().name() + " v" + saved.version() + " "
                    + form.kind() + " " + form.value() + " → " + form.clientId() + (enabled ? "" : " (disabled)"));
        } catch (InterfaceException e) {
            errors.put(e.error() == InterfaceError.UNKNOWN_CLIENT ? "clientId" : "version", e.getMessage());
            model.addAttribute("error", e.error() == InterfaceError.VERSION_CONFLICT
                    ? "别人刚改过这个接口，请重新打开 Someone changed it meanwhile: reopen it" : "未保存 Not saved");
            return editor(stored, form, errors, model);
        }
        redirect.addFlashAttribute("flash", "已保存 " + stored.spec().name() + " saved");
        return "redirect:/admin/business/interfaces";
    }

    @ExceptionHandler(InterfaceException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown(InterfaceException e, Model model) {
        model.addAttribute("problem", e.getMessage());
        return "admin/problem";
    }

    /** One line of the list: the interface and its trigger as the editor shows it. */
    record Row(BusinessInterface i, String kind, String value) {
    }

    private BusinessInterface find(String id) {
        return sso.interfaces().registry().find(id)
                .orElseThrow(() -> new InterfaceException(InterfaceError.NOT_FOUND, "no interface " + id));
    }

    private String list(String openid, String text, Map<String, String> errors, TryIt.Outcome outcome, Model model) {
        model.addAttribute("interfaces", sso.interfaces().registry().list().stream()
                .map(i -> new Row(i, InterfaceForm.kindOf(i.spec().trigger()), InterfaceForm.valueOf(i.spec().trigger())))
                .toList());
        model.addAttribute("tryOpenid", openid);
        model.addAttribute("tryText", text);
        model.addAttribute("errors", errors);
        model.addAttribute("outcome", outcome);
        return "admin/interfaces";
    }

    private String editor(BusinessInterface stored, InterfaceForm form, Map<String, String> errors, Model model) {
        model.addAttribute("stored", stored);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("clients", sso.broker().clients().list());
        return "admin/interface-edit";
    }
}
