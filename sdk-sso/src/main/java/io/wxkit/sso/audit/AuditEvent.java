package io.wxkit.sso.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the SSO audit trail: who did what to which client, openid or account, when, from where,
 * and how it ended. Never holds a secret, a ticket or a password.
 *
 * @param at when it happened
 * @param actor who acted: {@code client:<id>}, {@code admin:<name>}, {@code user:<openid>}, {@code system}
 * @param action what was attempted, e.g. {@code redeem}, {@code bind}, {@code client.rotate}
 * @param outcome {@code ok} or the {@code SsoError} code that refused it
 * @param clientId the business system concerned, or {@code null}
 * @param openid the WeChat user concerned, or {@code null}
 * @param accountId the business account concerned, or {@code null}
 * @param ip the caller's IP, or {@code null}
 * @param detail a short, escaped note, or {@code null}
 */
public record AuditEvent(Instant at, String actor, String action, String outcome, String clientId, String openid,
                         String accountId, String ip, String detail) {
    /**
     * Validates the required fields.
     *
     * @param at when it happened
     * @param actor who acted: {@code client:<id>}, {@code admin:<name>}, {@code user:<openid>}, {@code system}
     * @param action what was attempted, e.g. {@code redeem}, {@code bind}, {@code client.rotate}
     * @param outcome {@code ok} or the {@code SsoError} code that refused it
     * @param clientId the business system concerned, or {@code null}
     * @param openid the WeChat user concerned, or {@code null}
     * @param accountId the business account concerned, or {@code null}
     * @param ip the caller's IP, or {@code null}
     * @param detail a short, escaped note, or {@code null}
     */
    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }
}
