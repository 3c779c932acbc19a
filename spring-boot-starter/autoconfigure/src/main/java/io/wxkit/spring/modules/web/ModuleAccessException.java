package io.wxkit.spring.modules.web;

/**
 * A module endpoint refused the caller before reaching the module: nobody signed in (401
 * {@code NOT_SIGNED_IN}), not an admin (403 {@code ADMIN_REQUIRED}), a body too large (413
 * {@code PAYLOAD_TOO_LARGE}) or of unknown length (411 {@code LENGTH_REQUIRED}). Answered as a problem detail.
 */
public final class ModuleAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;

    ModuleAccessException(int status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The stable code. */
    public String code() {
        return code;
    }
}
