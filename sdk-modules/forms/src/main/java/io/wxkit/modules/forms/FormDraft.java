package io.wxkit.modules.forms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A form to create. Immutable: every setter returns a new draft.
 *
 * <pre>{@code
 * FormDraft d = FormDraft.registration("Open day", opensAt, closesAt).capacity(30, 10)
 *     .field(FormField.text("name", "姓名").mandatory()).field(FormField.phone("phone", "手机").mandatory());
 * }</pre>
 *
 * @param kind          survey or registration
 * @param title         1-200 characters
 * @param description   at most 4000 characters, or null
 * @param opensAt       when submissions open
 * @param closesAt      when they close, after {@code opensAt}
 * @param manyPerOpenid whether one openid may submit several times
 * @param capacity      registrations only: places, {@code 0} for unlimited
 * @param waitingLimit  registrations only: waiting list length once full
 * @param fields        1-100 fields with distinct keys
 * @param confirmation  the confirmation message, or null
 */
public record FormDraft(FormKind kind, String title, String description, Instant opensAt, Instant closesAt,
                        boolean manyPerOpenid, int capacity, int waitingLimit, List<FormField> fields,
                        Confirmation confirmation) {
    /** Copies the fields. */
    public FormDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        fields = List.copyOf(fields);
    }

    /** A survey (调研), once per openid. */
    public static FormDraft survey(String title, Instant opensAt, Instant closesAt) {
        return new FormDraft(FormKind.SURVEY, title, null, opensAt, closesAt, false, 0, 0, List.of(), null);
    }

    /** A registration (报名), once per openid, unlimited until {@link #capacity(int, int)}. */
    public static FormDraft registration(String title, Instant opensAt, Instant closesAt) {
        return new FormDraft(FormKind.REGISTRATION, title, null, opensAt, closesAt, false, 0, 0, List.of(), null);
    }

    /** With {@code field} appended. */
    public FormDraft field(FormField field) {
        List<FormField> more = new ArrayList<>(fields);
        more.add(Objects.requireNonNull(field, "field"));
        return new FormDraft(kind, title, description, opensAt, closesAt, manyPerOpenid, capacity, waitingLimit, more, confirmation);
    }

    /** With a description. */
    public FormDraft description(String text) {
        return new FormDraft(kind, title, text, opensAt, closesAt, manyPerOpenid, capacity, waitingLimit, fields, confirmation);
    }

    /** Allowing several submissions per openid. */
    public FormDraft allowMany() {
        return new FormDraft(kind, title, description, opensAt, closesAt, true, capacity, waitingLimit, fields, confirmation);
    }

    /** With {@code places} places and a waiting list of {@code waitingList} once they are taken. */
    public FormDraft capacity(int places, int waitingList) {
        return new FormDraft(kind, title, description, opensAt, closesAt, manyPerOpenid, places, waitingList, fields, confirmation);
    }

    /** Confirming each submission by template message. */
    public FormDraft confirmation(Confirmation message) {
        return new FormDraft(kind, title, description, opensAt, closesAt, manyPerOpenid, capacity, waitingLimit, fields, message);
    }

    /** Checks the draft as a whole; throws {@code INVALID_FORM} naming the rule. */
    void validate() {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw FormField.invalid("title must be 1-200 characters");
        }
        if (description != null && description.length() > 4000) {
            throw FormField.invalid("description must be at most 4000 characters");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw FormField.invalid("the form must close after it opens");
        }
        if (fields.isEmpty() || fields.size() > 100) {
            throw FormField.invalid("a form has 1-100 fields");
        }
        if (new HashSet<>(fields.stream().map(FormField::key).toList()).size() != fields.size()) {
            throw FormField.invalid("field keys must be distinct");
        }
        if (capacity < 0 || waitingLimit < 0 || capacity > 1_000_000 || waitingLimit > 1_000_000) {
            throw FormField.invalid("capacity and waiting list must be 0-1000000");
        }
        if (kind == FormKind.SURVEY && (capacity > 0 || waitingLimit > 0)) {
            throw FormField.invalid("surveys have no capacity; make it a registration");
        }
        if (capacity == 0 && waitingLimit > 0) {
            throw FormField.invalid("a waiting list needs a capacity");
        }
    }
}
