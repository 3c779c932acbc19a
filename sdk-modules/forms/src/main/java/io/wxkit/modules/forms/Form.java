package io.wxkit.modules.forms;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored form.
 *
 * @param id            the form id
 * @param kind          survey or registration
 * @param title         the title
 * @param description   the description, or null
 * @param opensAt       when submissions open
 * @param closesAt      when they close (submissions, edits and withdrawals stop)
 * @param manyPerOpenid whether one openid may submit several times
 * @param capacity      the places of a registration ({@code 0}: unlimited)
 * @param waitingLimit  the length of the waiting list once full ({@code 0}: none)
 * @param confirmed     the confirmed submissions now
 * @param waiting       the waiting ones now
 * @param fields        the fields, in display order
 * @param confirmation  the confirmation template message, if any
 */
public record Form(long id, FormKind kind, String title, String description, Instant opensAt, Instant closesAt,
                   boolean manyPerOpenid, int capacity, int waitingLimit, int confirmed, int waiting,
                   List<FormField> fields, Optional<Confirmation> confirmation) {
    /**
     * Copies the fields.
     *
     * @param id the form id
     * @param kind survey or registration
     * @param title the title
     * @param description the description, or null
     * @param opensAt when submissions open
     * @param closesAt when they close (submissions, edits and withdrawals stop)
     * @param manyPerOpenid whether one openid may submit several times
     * @param capacity the places of a registration ({@code 0}: unlimited)
     * @param waitingLimit the length of the waiting list once full ({@code 0}: none)
     * @param confirmed the confirmed submissions now
     * @param waiting the waiting ones now
     * @param fields the fields, in display order
     * @param confirmation the confirmation template message, if any
     */
    public Form {
        fields = List.copyOf(fields);
        Objects.requireNonNull(confirmation, "confirmation");
    }

    /**
     * Whether submissions are accepted at {@code now}.
     *
     * @param now the instant to check, e.g. the context clock's
     * @return true if {@code opensAt <= now < closesAt}
     */
    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
