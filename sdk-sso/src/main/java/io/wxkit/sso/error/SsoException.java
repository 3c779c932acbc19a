package io.wxkit.sso.error;

import java.util.Objects;

/**
 * A refused SSO operation: a stable {@link #error()} code and a description safe to show (it never
 * contains a secret, a ticket or untrusted text that was not truncated and escaped). Thrown by every
 * feature of {@link io.wxkit.sso.SsoBroker} (clients, bindings, CSV import, the broker's flows); unchecked.
 *
 * <pre>{@code
 * try {
 *     sso.bindings().bind(openid, "crm", "E1001", null, BindProof.admin("alice"));
 * } catch (SsoException e) {
 *     show(e.error().httpStatus(), e.description());   // 409, "openid or account already bound in this system"
 * }
 * }</pre>
 */
public final class SsoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, as {@link #error()} returns it. */
    private final SsoError error;

    /**
     * An exception with {@code error} and a safe {@code description}; the message is
     * {@code "<code>: <description>"}.
     *
     * @param error why it was refused; not null
     * @param description what was refused, safe to show (no secret, no raw user input)
     * @throws NullPointerException if {@code error} is null
     */
    public SsoException(SsoError error, String description) {
        super(error.code() + ": " + description);
        this.error = Objects.requireNonNull(error, "error");
    }

    /**
     * As {@link #SsoException(SsoError, String)}, keeping the technical {@code cause} (an I/O or SQL error,
     * typically with {@link SsoError#UPSTREAM_ERROR}).
     *
     * @param error why it was refused; not null
     * @param description what was refused, safe to show
     * @param cause the underlying failure, kept for logs; may be null
     * @throws NullPointerException if {@code error} is null
     */
    public SsoException(SsoError error, String description, Throwable cause) {
        super(error.code() + ": " + description, cause);
        this.error = Objects.requireNonNull(error, "error");
    }

    /**
     * The stable error code, e.g. {@code if (e.error() == SsoError.NOT_FOUND) ...}.
     *
     * @return never null
     */
    public SsoError error() {
        return error;
    }

    /**
     * The description without the {@code "<code>: "} prefix of {@link #getMessage()}.
     *
     * @return the text given to the constructor, safe to show to an administrator
     */
    public String description() {
        return getMessage().substring(error.code().length() + 2);
    }
}
