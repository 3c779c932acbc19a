package io.wxkit.spring.modules.forms;

import io.wxkit.modules.forms.FieldError;
import io.wxkit.modules.forms.Form;
import io.wxkit.modules.forms.FormDraft;
import io.wxkit.modules.forms.FormKind;
import io.wxkit.modules.forms.FormsModule;
import io.wxkit.modules.forms.QuestionStats;
import io.wxkit.modules.forms.SubmitResult;
import io.wxkit.spring.modules.forms.FormsViews.FormView;
import io.wxkit.spring.modules.forms.FormsViews.NewField;
import io.wxkit.spring.modules.forms.FormsViews.SubmissionView;
import io.wxkit.spring.modules.web.Bodies;
import io.wxkit.spring.modules.web.FormRejectedException;
import io.wxkit.spring.modules.web.ModuleRequests;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Forms over JSON: the form, submitting as the signed-in user (every wrong field at once: 422 with
 * {@code errors}), my submissions, withdrawing; admins create, close and read the statistics.
 */
@RestController
@RequestMapping(path = "${wxkit.modules.base-path:/wxkit/modules}/forms", produces = MediaType.APPLICATION_JSON_VALUE)
public class FormsEndpoints {
    private static final String MODULE = "forms";
    private final FormsModule forms;
    private final ModuleRequests requests;

    /**
     * The controller the starter registers (bean of {@link FormsWebConfiguration}) when the forms module runs
     * ({@code wxkit.modules.forms.enabled=true}) in a servlet web application; public for Spring MVC,
     * applications do not construct it. Stateless apart from its collaborators, so safe for concurrent requests.
     *
     * @param forms the forms module bean
     * @param requests the signed-in user, admin check and client IP of each request
     */
    public FormsEndpoints(FormsModule forms, ModuleRequests requests) {
        this.forms = forms;
        this.requests = requests;
    }

    @GetMapping("/forms/{id}")
    FormView form(@PathVariable long id) {
        return FormView.of(forms.forms().find(id));
    }

    /** The answers by field key; a single value is a one-element list. */
    record Answers(Map<String, List<String>> answers) {}

    @PostMapping("/forms/{id}/submissions")
    @ResponseStatus(HttpStatus.CREATED)
    SubmissionView submit(@PathVariable long id, @RequestBody Answers body, HttpServletRequest request) {
        Map<String, List<String>> answers = Bodies.require(Bodies.body(body).answers(), "answers");
        return accepted(forms.submissions().submit(id, requests.user(request), requests.ip(request), answers));
    }

    /** Changes my submission until the form closes. */
    @PostMapping("/submissions/{id}")
    SubmissionView edit(@PathVariable long id, @RequestBody Answers body, HttpServletRequest request) {
        Map<String, List<String>> answers = Bodies.require(Bodies.body(body).answers(), "answers");
        return accepted(forms.submissions().edit(id, requests.user(request), requests.ip(request), answers));
    }

    @PostMapping("/submissions/{id}/withdraw")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable long id, HttpServletRequest request) {
        forms.submissions().withdraw(id, requests.user(request));
    }

    @GetMapping("/forms/{id}/submissions/mine")
    List<SubmissionView> mine(@PathVariable long id, HttpServletRequest request) {
        return forms.submissions().mine(id, requests.openid(request)).stream().map(SubmissionView::of).toList();
    }

    private static SubmissionView accepted(SubmitResult result) {
        if (result instanceof SubmitResult.Rejected rejected) {
            List<Map<String, String>> errors = rejected.errors().stream().map(FormsEndpoints::error).toList();
            throw new FormRejectedException(errors);
        }
        return SubmissionView.of(((SubmitResult.Accepted) result).submission());
    }

    private static Map<String, String> error(FieldError e) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("field", e.field());
        m.put("problem", e.problem().name());
        m.put("detail", e.detail());
        return m;
    }

    record NewForm(FormKind kind, String title, String description, Instant opensAt, Instant closesAt, Boolean allowMany,
                   Integer capacity, Integer waitingList, List<NewField> fields) {}

    @PostMapping("/admin/forms")
    @ResponseStatus(HttpStatus.CREATED)
    FormView create(@RequestBody NewForm body, HttpServletRequest request) {
        String staff = requests.admin(request, MODULE);
        NewForm f = Bodies.body(body);
        String title = Bodies.require(f.title(), "title");
        Instant opens = Bodies.require(f.opensAt(), "opensAt");
        Instant closes = Bodies.require(f.closesAt(), "closesAt");
        FormDraft d = f.kind() == FormKind.REGISTRATION ? FormDraft.registration(title, opens, closes) : FormDraft.survey(title, opens, closes);
        if (f.description() != null) {
            d = d.description(f.description());
        }
        if (Boolean.TRUE.equals(f.allowMany())) {
            d = d.allowMany();
        }
        if (f.capacity() != null) {
            d = d.capacity(f.capacity(), f.waitingList() == null ? 0 : f.waitingList());
        }
        for (NewField field : Bodies.require(f.fields(), "fields")) {
            d = d.field(Bodies.require(field, "fields[]").toField());
        }
        Form created = forms.forms().create(d, staff);
        return FormView.of(created);
    }

    @PostMapping("/admin/forms/{id}/close")
    FormView close(@PathVariable long id, HttpServletRequest request) {
        return FormView.of(forms.forms().close(id, requests.admin(request, MODULE)));
    }

    @GetMapping("/admin/forms/{id}/statistics")
    List<QuestionStats> statistics(@PathVariable long id, HttpServletRequest request) {
        requests.admin(request, MODULE);
        return forms.forms().statistics(id);
    }
}
