package io.wxkit.sso.internal.interfaces;

/** Why the business-interface registry refused a change or a lookup. */
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
