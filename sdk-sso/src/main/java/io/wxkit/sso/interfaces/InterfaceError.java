package io.wxkit.sso.interfaces;

/**
 * Why the business-interface registry ({@link InterfaceRegistry}) or a definition
 * ({@link InterfaceSpec}, {@link Trigger}, {@link ReplyTemplate}, {@link Fallbacks}) refused a change or a
 * lookup; carried by {@link InterfaceException#error()}.
 *
 * <pre>{@code
 * catch (InterfaceException e) {
 *     if (e.error() == InterfaceError.VERSION_CONFLICT) { reload(); }
 * }
 * }</pre>
 */
public enum InterfaceError {
    /** The definition breaks a rule (trigger, endpoint, template, timeout, sizes). */
    INVALID_DEFINITION,
    /** No interface with this id. */
    NOT_FOUND,
    /** Another interface already has this name. */
    NAME_TAKEN,
    /** The interface changed since the version the caller read (optimistic concurrency). */
    VERSION_CONFLICT,
    /** The business system named by the interface is not a registered SSO client. */
    UNKNOWN_CLIENT
}
