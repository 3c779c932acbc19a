package io.wxkit.examples.admin.notices;

import io.wxkit.modules.forms.FormKind;
import io.wxkit.modules.forms.SubmissionStatus;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The registration forms (会议报名) and their confirmed participants, read from the forms module's tables. The
 * module's API answers per-participant questions only ({@code mine}) and its CSV export is an audited export, not a
 * recipient list, so the console reads the two columns it needs here; the table and status names are the module's
 * Flyway schema ({@code V1__forms_and_submissions.sql}) and its {@link SubmissionStatus} names.
 */
@Component
class RegistrationForms {
    private final JdbcTemplate jdbc;

    RegistrationForms(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A registration form as the picker shows it. */
    record Choice(long id, String title, int confirmed, String templateId) {
    }

    /** Every registration form, newest first. */
    List<Choice> all() {
        return jdbc.query("SELECT id, title, confirmed, template_id FROM wxkit_forms_form WHERE kind = ? ORDER BY id DESC",
                (rs, n) -> new Choice(rs.getLong("id"), rs.getString("title"), rs.getInt("confirmed"),
                        rs.getString("template_id")), FormKind.REGISTRATION.name());
    }

    List<Choice> find(long id) {
        return all().stream().filter(c -> c.id() == id).toList();
    }

    /** The openids holding a confirmed place in form {@code formId}, in submission order, each once. */
    List<String> confirmedParticipants(long formId) {
        return jdbc.queryForList("SELECT openid FROM wxkit_forms_submission WHERE form_id = ? AND status = ? "
                + "GROUP BY openid ORDER BY MIN(id)", String.class, formId, SubmissionStatus.CONFIRMED.name());
    }
}
