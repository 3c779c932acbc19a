package io.wxkit.sso.binding;

/** Whether a binding signs the user in. */
public enum BindingStatus {
    /** In force. */
    ACTIVE,
    /** Kept but not honoured (e.g. the user unfollowed the account under {@link UnsubscribePolicy#SUSPEND}). */
    SUSPENDED
}
