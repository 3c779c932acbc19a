package io.wxkit.sso.interfaces;

import java.util.Objects;

/**
 * A refused registry operation or an invalid definition: the {@link #error()} says why, the message says
 * what (never a secret). Unchecked; thrown by {@link InterfaceRegistry}'s
 * methods and by the builders and factories of {@link InterfaceSpec}, {@link Trigger}, {@link ReplyTemplate}
 * and {@link Fallbacks}.
 *
 * <pre>{@code
 * try {
 *     registry.update(id, version, spec, "admin:alice");
 * } catch (InterfaceException e) {
 *     form.showError(e.error(), e.getMessage());   // "VERSION_CONFLICT: interface 7 is no longer at version 3: ..."
 * }
 * }</pre>
 */
public final class InterfaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, as {@link #error()} returns it. */
    private final InterfaceError error;

    /**
     * An exception for {@code error} with a human description; the message is
     * {@code "<ERROR>: <description>"}.
     *
     * @param error why it was refused; not null
     * @param description what was refused, safe to show
     * @throws NullPointerException if {@code error} is null
     */
    public InterfaceException(InterfaceError error, String description) {
        super(Objects.requireNonNull(error, "error") + ": " + description);
        this.error = error;
    }

    /**
     * Why it was refused, e.g. {@code e.error() == InterfaceError.NAME_TAKEN}.
     *
     * @return never null
     */
    public InterfaceError error() {
        return error;
    }
}
