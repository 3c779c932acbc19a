package io.wxkit.modules.common;

import java.util.Objects;

/**
 * The one error type of the domain modules: a stable {@link #code()} for programs (the starter maps it to
 * an HTTP status, the pages to a message) and a {@link #detail()} for people. The detail never carries
 * secrets, and any untrusted value in it has passed {@link Untrusted#clip(String)}.
 *
 * <pre>{@code
 * try { vote.ballots().cast(pollId, voter, ip, List.of(optionId)); }
 * catch (ModuleException e) { if (e.is(VoteError.ALREADY_VOTED)) { ... } }
 * }</pre>
 */
public final class ModuleException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The module's stable error code, as {@link #code()} returns it. */
    private final String code;
    /** The human-readable explanation, as {@link #detail()} returns it. */
    private final String detail;

    /**
     * An error with {@code code} and a human-readable {@code detail}; the message is {@code CODE: detail}.
     *
     * @param code   the stable code, e.g. {@code VoteError.ALREADY_VOTED}
     * @param detail the explanation for people: no secrets, untrusted values through {@link Untrusted#clip}
     * @throws NullPointerException if either is null
     */
    public ModuleException(ErrorCode code, String detail) {
        this(code, detail, null);
    }

    /**
     * As {@link #ModuleException(ErrorCode, String)}, keeping the {@code cause} (a database error, a WeChat error).
     *
     * @param code   the stable code
     * @param detail the explanation for people
     * @param cause  what failed underneath, or {@code null}
     * @throws NullPointerException if {@code code} or {@code detail} is null
     */
    public ModuleException(ErrorCode code, String detail, Throwable cause) {
        super(Objects.requireNonNull(code, "code").name() + ": " + Objects.requireNonNull(detail, "detail"), cause);
        this.code = code.name();
        this.detail = detail;
    }

    /**
     * The stable code, for programs.
     *
     * @return the UPPER_SNAKE code, e.g. {@code ALREADY_VOTED}
     */
    public String code() {
        return code;
    }

    /**
     * The explanation for people.
     *
     * @return the detail without the code; safe to show (no secrets, untrusted values clipped)
     */
    public String detail() {
        return detail;
    }

    /**
     * Whether this error carries {@code candidate}'s code. Codes compare by name, so this also holds for an
     * equally named code of another enum.
     *
     * @param candidate the code to test, e.g. {@code VoteError.ALREADY_VOTED}
     * @return {@code true} if {@link #code()} is {@code candidate.name()}
     * @throws NullPointerException if {@code candidate} is null
     */
    public boolean is(ErrorCode candidate) {
        return code.equals(candidate.name());
    }
}
