package io.wxkit.sso.internal.interfaces;

import java.util.Objects;

/** A refused registry operation: the {@link #error()} says why, the message says what (never a secret). */
public final class InterfaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final InterfaceError error;

    /** An exception for {@code error} with a human description. */
    public InterfaceException(InterfaceError error, String description) {
        super(Objects.requireNonNull(error, "error") + ": " + description);
        this.error = error;
    }

    /** Why it was refused. */
    public InterfaceError error() {
        return error;
    }
}
