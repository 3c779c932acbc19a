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
    /**
     * Copies the fields.
     *
     * @param kind survey or registration
     * @param title 1-200 characters
     * @param description at most 4000 characters, or null
     * @param opensAt when submissions open
     * @param closesAt when they close, after {@code opensAt}
     * @param manyPerOpenid whether one openid may submit several times
     * @param capacity registrations only: places, {@code 0} for unlimited
     * @param waitingLimit registrations only: waiting list length once full
     * @param fields 1-100 fields with distinct keys
     * @param confirmation the confirmation message, or null
     */
    public FormDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        fields = List.copyOf(fields);
    }

    /**
     * A survey (调研), once per openid.
     *
     * @param title 1-200 characters (checked by {@link Forms#create})
     * @param opensAt when submissions open; not null
     * @param closesAt when they close, after {@code opensAt} (checked by {@link Forms#create})
     * @return a survey draft without fields
     * @throws NullPointerException if {@code opensAt} or {@code closesAt} is null
     */
    public static FormDraft survey(String title, Instant opensAt, Instant closesAt) {
        return new FormDraft(FormKind.SURVEY, title, null, opensAt, closesAt, false, 0, 0, List.of(), null);
    }

    /**
     * A registration (报名), once per openid, unlimited until {@link #capacity(int, int)}.
     *
     * @param title 1-200 characters (checked by {@link Forms#create})
     * @param opensAt when submissions open; not null
     * @param closesAt when they close, after {@code opensAt} (checked by {@link Forms#create})
     * @return a registration draft without fields
     * @throws NullPointerException if {@code opensAt} or {@code closesAt} is null
     */
    public static FormDraft registration(String title, Instant opensAt, Instant closesAt) {
        return new FormDraft(FormKind.REGISTRATION, title, null, opensAt, closesAt, false, 0, 0, List.of(), null);
    }

    /**
     * With {@code field} appended.
     *
     * @param field the field; its key must differ from the others' (checked by {@link Forms#create})
     * @return a copy with the field last
     * @throws NullPointerException if {@code field} is null
     */
    public FormDraft field(FormField field) {
        List<FormField> more = new ArrayList<>(fields);
        more.add(Objects.requireNonNull(field, "field"));
        return new FormDraft(kind, title, description, opensAt, closesAt, manyPerOpenid, capacity, waitingLimit, more, confirmation);
    }

    /**
     * With a description.
     *
     * @param text at most 4000 characters (checked by {@link Forms#create}), or null for none
     * @return a copy with the description
     */
    public FormDraft description(String text) {
        return new FormDraft(kind, title, text, opensAt, closesAt, manyPerOpenid, capacity, waitingLimit, fields, confirmation);
    }

    /**
     * Allowing several submissions per openid.
     *
     * @return a copy whose {@code manyPerOpenid} is true
     */
    public FormDraft allowMany() {
        return new FormDraft(kind, title, description, opensAt, closesAt, true, capacity, waitingLimit, fields, confirmation);
    }

    /**
     * With {@code places} places and a waiting list of {@code waitingList} once they are taken.
     *
     * @param places the places, 0..1000000 ({@code 0}: unlimited); registrations only
     * @param waitingList the waiting list's length once full, 0..1000000; needs {@code places > 0}
     * @return a copy with the capacity (checked by {@link Forms#create})
     */
    public FormDraft capacity(int places, int waitingList) {
        return new FormDraft(kind, title, description, opensAt, closesAt, manyPerOpenid, places, waitingList, fields, confirmation);
    }

    /**
     * Confirming each submission by template message.
     *
     * @param message the template message, or null for none
     * @return a copy with the confirmation
     */
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
