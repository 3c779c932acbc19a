package io.wxkit.sso.client;

/** Whether a business system may sign users in. */
public enum ClientStatus {
    /** Registered and usable. */
    ACTIVE,
    /** Disabled by an administrator: no authorization, no redemption, no binding. */
    DISABLED
}
