package io.wxkit.examples.forms;

import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.forms.FieldError;
import io.wxkit.modules.forms.Form;
import io.wxkit.modules.forms.FormField;
import io.wxkit.modules.forms.FormsModule;
import io.wxkit.modules.forms.Submission;
import io.wxkit.modules.forms.SubmissionStatus;
import io.wxkit.modules.forms.SubmitResult;
import io.wxkit.spring.oauth.WxUser;
import io.wxkit.spring.oauth.WxUserPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 调研与报名: a form page built from the form's fields, submission as the WeChat user, and withdrawing a
 * registration. A rejected submission re-renders the form with each problem next to its field and every
 * answer kept as typed.
 */
@Controller
class FormsController {
    private final FormsModule forms;
    private final DemoForms demoForms;

    FormsController(FormsModule forms, DemoForms demoForms) {
        this.forms = forms;
        this.demoForms = demoForms;
    }

    @GetMapping("/forms")
    String list(Model model) {
        model.addAttribute("pageTitle", "调研与报名");
        model.addAttribute("forms", demoForms.ids().stream().map(forms.forms()::find).toList());
        return "forms/list";
    }

    @GetMapping("/forms/{id}")
    String form(@PathVariable long id, @WxUser WxUserPrincipal user, Model model) {
        return render(model, form(id), user.openid(), Map.of(), Map.of());
    }

    @PostMapping("/forms/{id}")
    String submit(@PathVariable long id, @WxUser WxUserPrincipal user, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        Form form = form(id);
        Map<String, List<String>> answers = answers(form, request);
        SubmitResult result;
        try {
            result = forms.submissions().submit(id, Participant.of(user.openid()), request.getRemoteAddr(), answers);
        } catch (ModuleException e) {
            model.addAttribute("error", FormsMessages.of(e));
            return render(model, form, user.openid(), answers, Map.of());
        }
        if (result instanceof SubmitResult.Rejected rejected) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError e : rejected.errors()) {
                errors.putIfAbsent(e.field(), FormsMessages.of(e));
            }
            model.addAttribute("error", "有 " + errors.size() + " 项需要修改。Please correct the marked answers.");
            return render(model, form, user.openid(), answers, errors);
        }
        Submission s = ((SubmitResult.Accepted) result).submission();
        redirect.addFlashAttribute("flash", accepted(s));
        return "redirect:/forms/" + id;
    }

    @PostMapping("/forms/{id}/withdraw/{submissionId}")
    String withdraw(@PathVariable long id, @PathVariable long submissionId, @WxUser WxUserPrincipal user,
                    RedirectAttributes redirect) {
        try {
            forms.submissions().withdraw(submissionId, Participant.of(user.openid()));
            redirect.addFlashAttribute("flash", "已取消报名。Your registration is withdrawn.");
        } catch (ModuleException e) {
            redirect.addFlashAttribute("error", FormsMessages.of(e));
        }
        return "redirect:/forms/" + id;
    }

    private String accepted(Submission s) {
        if (s.status() == SubmissionStatus.WAITING) {
            long ahead = forms.submissions().waitingAhead(s.id()).orElse(0L);
            return "名额已满，您已进入候补，前面还有 " + ahead + " 人。You are on the waiting list.";
        }
        return "提交成功！You are confirmed.";
    }

    private String render(Model model, Form form, String openid, Map<String, List<String>> answers,
                          Map<String, String> errors) {
        model.addAttribute("pageTitle", form.kind().name().equals("SURVEY") ? "问卷调查" : "活动报名");
        model.addAttribute("form", form);
        model.addAttribute("open", form.isOpenAt(Instant.now()));
        model.addAttribute("answers", answers);
        model.addAttribute("errors", errors);
        List<Submission> mine = forms.submissions().mine(form.id(), openid).stream()
                .filter(s -> s.status() != SubmissionStatus.WITHDRAWN).toList();
        model.addAttribute("mine", mine);
        return "forms/form";
    }

    // only the form's own fields: the CSRF token and anything else posted are not answers
    private static Map<String, List<String>> answers(Form form, HttpServletRequest request) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (FormField f : form.fields()) {
            String[] values = request.getParameterValues(f.key());
            answers.put(f.key(), values == null ? List.of() : List.of(values));
        }
        return answers;
    }

    private Form form(long id) {
        try {
            return forms.forms().find(id);
        } catch (ModuleException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, FormsMessages.of(e), e);
        }
    }
}
