package io.wxkit.sso.internal.error;

import java.util.Objects;

/**
 * A refused SSO operation: a stable {@link #error()} code and a description safe to show (it never
 * contains a secret, a ticket or untrusted text that was not truncated and escaped).
 */
public final class SsoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final SsoError error;

    /** An exception with {@code error} and a safe {@code description}. */
    public SsoException(SsoError error, String description) {
        super(error.code() + ": " + description);
        this.error = Objects.requireNonNull(error, "error");
    }

    /** As {@link #SsoException(SsoError, String)}, keeping the technical {@code cause}. */
    public SsoException(SsoError error, String description, Throwable cause) {
        super(error.code() + ": " + description, cause);
        this.error = Objects.requireNonNull(error, "error");
    }

    /** The stable error code. */
    public SsoError error() {
        return error;
    }

    /** The description without the code prefix. */
    public String description() {
        return getMessage().substring(error.code().length() + 2);
    }
}
