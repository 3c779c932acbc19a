package io.wxkit.modules.common;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the audit log: who did what to which target, and how it ended.
 *
 * <pre>{@code
 * AuditEntry e = AuditEntry.of("lottery", "staff-7", "win.redeem", "win:42", "OK");
 * }</pre>
 *
 * @param id      the row id ({@code 0} before it is stored)
 * @param at      when
 * @param module  the module ({@code vote}, {@code lottery}, ...)
 * @param actor   the staff id or openid acting
 * @param action  what, as {@code object.verb} ({@code poll.close})
 * @param target  the object, as {@code kind:id}
 * @param outcome {@code OK} or an error code
 */
public record AuditEntry(long id, Instant at, String module, String actor, String action, String target, String outcome) {
    /**
     * Validates the fields and clips the texts to their column widths (module 32, actor and action 64, target
     * 128, outcome 64 characters), each control character replaced by {@code ?} so an entry is one line.
     *
     * @param id      the row id ({@code 0} before it is stored)
     * @param at      when
     * @param module  the module
     * @param actor   the staff id or openid acting
     * @param action  what, as {@code object.verb}
     * @param target  the object, as {@code kind:id}
     * @param outcome {@code OK} or an error code
     * @throws NullPointerException if any field but {@code id} is null
     */
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        module = clip(Objects.requireNonNull(module, "module"), 32);
        actor = clip(Objects.requireNonNull(actor, "actor"), 64);
        action = clip(Objects.requireNonNull(action, "action"), 64);
        target = clip(Objects.requireNonNull(target, "target"), 128);
        outcome = clip(Objects.requireNonNull(outcome, "outcome"), 64);
    }

    /**
     * An entry to store now: {@link AuditLog#record} takes the time from its clock, so {@code at} is a
     * placeholder ({@link Instant#EPOCH}) and {@code id} is {@code 0}.
     *
     * @param module  the module ({@code vote}, {@code lottery}, ...)
     * @param actor   the staff id or openid acting
     * @param action  what, as {@code object.verb} ({@code poll.close})
     * @param target  the object, as {@code kind:id}
     * @param outcome {@code OK} or an error code
     * @return the entry, its texts clipped as the constructor does
     * @throws NullPointerException if any argument is null
     */
    public static AuditEntry of(String module, String actor, String action, String target, String outcome) {
        return new AuditEntry(0, Instant.EPOCH, module, actor, action, target, outcome);
    }

    // audit rows are read by people: keep each field within its column and free of line breaks
    private static String clip(String value, int max) {
        String flat = value.replaceAll("\\p{Cntrl}", "?");
        return flat.length() <= max ? flat : flat.substring(0, max);
    }
}
