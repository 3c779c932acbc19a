package io.wxkit.spring.modules.forms;

import io.wxkit.modules.forms.FieldType;
import io.wxkit.modules.forms.Form;
import io.wxkit.modules.forms.FormField;
import io.wxkit.modules.forms.FormKind;
import io.wxkit.modules.forms.Submission;
import io.wxkit.modules.forms.SubmissionStatus;
import io.wxkit.spring.modules.web.Bodies;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the forms endpoints, and the admin's field definitions turned into {@link FormField}s. */
final class FormsViews {

    private FormsViews() {
    }

    /** A form as the person filling it in sees it (the confirmation template stays server-side). */
    record FormView(long id, FormKind kind, String title, String description, Instant opensAt, Instant closesAt,
                    boolean manyPerOpenid, int capacity, int waitingLimit, int confirmed, int waiting, List<FormField> fields) {
        static FormView of(Form f) {
            return new FormView(f.id(), f.kind(), f.title(), f.description(), f.opensAt(), f.closesAt(), f.manyPerOpenid(),
                    f.capacity(), f.waitingLimit(), f.confirmed(), f.waiting(), f.fields());
        }
    }

    record SubmissionView(long id, long formId, SubmissionStatus status, Long waitingPosition,
                          Map<String, List<String>> answers, Instant submittedAt, Instant updatedAt) {
        static SubmissionView of(Submission s) {
            return new SubmissionView(s.id(), s.formId(), s.status(), s.waitingPosition().orElse(null), s.answers(),
                    s.submittedAt(), s.updatedAt());
        }
    }

    /**
     * A field definition: {@code min}/{@code max} are the length of a text, or the range of a number, a date
     * or the number of choices; {@code maxFiles} the files of a media field.
     */
    record NewField(String key, String label, FieldType type, Boolean required, String min, String max,
                    List<String> options, String pattern, Integer maxFiles) {
        FormField toField() {
            String k = Bodies.require(key, "fields[].key");
            String l = Bodies.require(label, "fields[].label");
            FormField f = switch (Bodies.require(type, "fields[].type")) {
                case TEXT -> text(FormField.text(k, l));
                case NUMBER -> ranged(FormField.number(k, l));
                case SINGLE_CHOICE -> FormField.singleChoice(k, l, choices());
                case MULTIPLE_CHOICE -> ranged(FormField.multipleChoice(k, l, choices()));
                case DATE -> ranged(FormField.date(k, l));
                case PHONE -> FormField.phone(k, l);
                case EMAIL -> FormField.email(k, l);
                case ID_CARD -> FormField.idCard(k, l);
                case MEDIA -> FormField.media(k, l, maxFiles == null ? 1 : maxFiles);
            };
            return Boolean.TRUE.equals(required) ? f.mandatory() : f;
        }

        private String[] choices() {
            return Bodies.require(options, "fields[].options").toArray(String[]::new);
        }

        private FormField text(FormField f) {
            FormField out = f;
            if (min != null || max != null) {
                out = out.length(parse(min, 0), parse(max, 2000));
            }
            return pattern == null ? out : out.matching(pattern);
        }

        private FormField ranged(FormField f) {
            return min == null && max == null ? f : f.range(min, max);
        }

        private static int parse(String value, int otherwise) {
            if (value == null) {
                return otherwise;
            }
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a text field's min and max are lengths (whole numbers)");
            }
        }
    }
}
