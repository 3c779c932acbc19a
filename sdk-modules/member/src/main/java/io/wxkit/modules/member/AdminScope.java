package io.wxkit.modules.member;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleException;
import java.util.Objects;

/**
 * Which members an admin manages: those of a department, of a level, carrying a tag, or all. An admin with
 * several scopes manages their union.
 *
 * @param kind  what the scope matches on
 * @param value the department, level code or tag ({@code *} for ALL)
 */
public record AdminScope(Kind kind, String value) {
    /** What a scope matches on. */
    public enum Kind {
        /** Every member ({@code value} is {@code *}). */
        ALL,
        /** The members whose {@code department} equals the value. */
        DEPARTMENT,
        /** The members whose current level's code equals the value. */
        LEVEL,
        /** The members carrying the value as a tag. */
        TAG
    }

    /**
     * Validates the value.
     *
     * @param kind what the scope matches on
     * @param value the department, level code or tag ({@code *} for ALL)
     * @throws NullPointerException if {@code kind} is null
     * @throws ModuleException {@code INVALID_INPUT} if {@code value} is malformed
     */
    public AdminScope {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.ALL) {
            value = "*";
        } else if (value == null || !Members.NAME.matcher(value).matches()) {
            throw new ModuleException(CommonError.INVALID_INPUT, "scope value must be 1-64 letters, digits, space, _ . -");
        }
    }

    /**
     * Every member.
     *
     * @return the ALL scope
     */
    public static AdminScope all() {
        return new AdminScope(Kind.ALL, "*");
    }

    /**
     * The members of {@code department}.
     *
     * @param department 1-64 letters, digits, space, {@code _ . -}
     * @return the scope
     * @throws ModuleException {@code INVALID_INPUT} if {@code department} is malformed
     */
    public static AdminScope department(String department) {
        return new AdminScope(Kind.DEPARTMENT, department);
    }

    /**
     * The members at level {@code code}.
     *
     * @param code the level's code
     * @return the scope
     * @throws ModuleException {@code INVALID_INPUT} if {@code code} is malformed
     */
    public static AdminScope level(String code) {
        return new AdminScope(Kind.LEVEL, code);
    }

    /**
     * The members tagged {@code tag}.
     *
     * @param tag 1-64 letters, digits, space, {@code _ . -}
     * @return the scope
     * @throws ModuleException {@code INVALID_INPUT} if {@code tag} is malformed
     */
    public static AdminScope tag(String tag) {
        return new AdminScope(Kind.TAG, tag);
    }

    /**
     * Whether {@code m} is in this scope.
     *
     * @param m the member
     * @return true if {@code m}'s department, level or tags match {@code value} (always for ALL)
     */
    public boolean covers(Member m) {
        return switch (kind) {
            case ALL -> true;
            case DEPARTMENT -> value.equals(m.department());
            case LEVEL -> m.levelCode().map(value::equals).orElse(false);
            case TAG -> m.tags().contains(value);
        };
    }
}
