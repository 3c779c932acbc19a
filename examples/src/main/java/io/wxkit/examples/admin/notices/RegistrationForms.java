package io.wxkit.examples.admin.notices;

import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.forms.Confirmation;
import io.wxkit.modules.forms.Form;
import io.wxkit.modules.forms.FormKind;
import io.wxkit.modules.forms.FormsError;
import io.wxkit.modules.forms.FormsModule;
import io.wxkit.modules.forms.SubmissionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The registration forms (会议报名) and their confirmed participants, through the forms module's API: its staff
 * list of forms ({@code forms().list}, walked page by page) and its participants by status
 * ({@code submissions().participants}). With the forms module off there are no forms to send to.
 */
@Component
class RegistrationForms {
    private final ObjectProvider<FormsModule> forms;

    RegistrationForms(ObjectProvider<FormsModule> forms) {
        this.forms = forms;
    }

    /** A registration form as the picker shows it. */
    record Choice(long id, String title, int confirmed, String templateId) {
    }

    /** Every registration form, newest first. */
    List<Choice> all() {
        FormsModule module = forms.getIfAvailable();
        List<Choice> out = new ArrayList<>();
        if (module == null) {
            return out;
        }
        PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            Page<Form> page = module.forms().list(request);
            page.items().stream().filter(f -> f.kind() == FormKind.REGISTRATION).map(RegistrationForms::choice).forEach(out::add);
            Optional<String> next = page.next();
            if (next.isEmpty()) {
                return out;
            }
            request = PageRequest.after(next.get(), PageRequest.MAX_SIZE);
        }
    }

    /** The registration form {@code id} (one element), or none when there is no such registration form. */
    List<Choice> find(long id) {
        FormsModule module = forms.getIfAvailable();
        if (module == null) {
            return List.of();
        }
        try {
            Form f = module.forms().find(id);
            return f.kind() == FormKind.REGISTRATION ? List.of(choice(f)) : List.of();
        } catch (ModuleException e) {
            if (e.code().equals(FormsError.FORM_NOT_FOUND.name())) {
                return List.of();
            }
            throw e;
        }
    }

    /** The openids holding a confirmed place in form {@code formId}, in submission order, each once. */
    List<String> confirmedParticipants(long formId) {
        return forms.getObject().submissions().participants(formId, SubmissionStatus.CONFIRMED);
    }

    private static Choice choice(Form f) {
        return new Choice(f.id(), f.title(), f.confirmed(), f.confirmation().map(Confirmation::templateId).orElse(null));
    }
}
