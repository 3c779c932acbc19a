package io.wxkit.spring.modules.web;

/**
 * A module endpoint refused the caller before reaching the module: nobody signed in (401
 * {@code NOT_SIGNED_IN}), not an admin (403 {@code ADMIN_REQUIRED}), a body too large (413
 * {@code PAYLOAD_TOO_LARGE}) or of unknown length (411 {@code LENGTH_REQUIRED}). Answered as a problem detail.
 */
public final class ModuleAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The HTTP status answered, as {@link #status()} returns it. */
    private final int status;
    /** The problem detail's code, as {@link #code()} returns it. */
    private final String code;

    ModuleAccessException(int status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    /**
     * The HTTP status the problem detail is answered with.
     *
     * @return 401, 403, 411 or 413
     */
    public int status() {
        return status;
    }

    /**
     * The stable code, the problem detail's {@code code}, for clients to branch on.
     *
     * @return {@code NOT_SIGNED_IN}, {@code ADMIN_REQUIRED}, {@code LENGTH_REQUIRED} or {@code PAYLOAD_TOO_LARGE}
     */
    public String code() {
        return code;
    }
}
