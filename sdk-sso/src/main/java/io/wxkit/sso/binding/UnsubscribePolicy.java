package io.wxkit.sso.binding;

/** What happens to a user's bindings when they unfollow the Official Account. */
public enum UnsubscribePolicy {
    /** Nothing: bindings stay active. */
    KEEP,
    /** Bindings are suspended (resumed by {@link Bindings#resume}); sessions are revoked. */
    SUSPEND,
    /** Bindings are removed; sessions are revoked. */
    UNBIND
}
