package io.wxkit.sso.session;

import io.wxkit.sso.audit.AuditLog;
import io.wxkit.sso.internal.Secrets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * SSO sessions per business system: a redemption opens one, the business system may ask whether it is
 * still active, and logout or an administrator revokes it (one session, or all of a user's sessions in
 * one system, e.g. when the binding is removed).
 *
 * <pre>{@code
 * boolean live = sso.sessions().active("crm", sessionId);
 * }</pre>
 *
 * <p>Session ids are 128 random bits; only their SHA-256 is stored. Thread-safe.
 */
public final class Sessions {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random;
    private final Duration lifetime;

    /**
     * Sessions over the migrated SSO schema, each living at most {@code lifetime}.
     *
     * @param jdbi     the SSO database, migrated by {@code SsoBroker.builder().build()}
     * @param audit    where revocations are recorded
     * @param clock    the time source of creation and expiry
     * @param random   the source of session ids
     * @param lifetime how long a session lives from {@link #open}
     * @throws NullPointerException if an argument is null
     */
    public Sessions(Jdbi jdbi, AuditLog audit, Clock clock, SecureRandom random, Duration lifetime) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
    }

    /**
     * Opens a session of {@code openid} in {@code clientId} and returns its id (shown once).
     *
     * @param clientId the business system's {@code client_id}
     * @param openid   the user's openid
     * @return the session id: 22 URL-safe characters (128 random bits), handed to the business system once; only its hash is stored
     */
    public String open(String clientId, String openid) {
        String id = Secrets.randomToken(random, 16);
        long now = clock.millis();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO sso_session (session_hash, client_id, openid, created_at,"
                        + " expires_at) VALUES (:h, :c, :o, :now, :exp)")
                .bind("h", Secrets.sha256Hex(id)).bind("c", clientId).bind("o", openid).bind("now", now)
                .bind("exp", now + lifetime.toMillis()).execute());
        return id;
    }

    /**
     * Whether {@code sessionId} is a live (not expired, not revoked) session of {@code clientId}.
     *
     * @param clientId  the business system's {@code client_id}
     * @param sessionId the id {@link #open} returned; null or longer than 128 characters is never active
     * @return true while the session is neither expired nor revoked, e.g. {@code if (!sso.sessions().active("crm", sid)) signOut()}
     */
    public boolean active(String clientId, String sessionId) {
        if (sessionId == null || sessionId.length() > 128) {
            return false;
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sso_session WHERE session_hash = :h"
                        + " AND client_id = :c AND revoked_at IS NULL AND expires_at > :now")
                .bind("h", Secrets.sha256Hex(sessionId)).bind("c", clientId).bind("now", clock.millis())
                .mapTo(Integer.class).one()) == 1;
    }

    /**
     * Revokes one session of {@code clientId}; returns whether a live one was revoked. Audited.
     *
     * @param clientId  the business system's {@code client_id}
     * @param sessionId the id {@link #open} returned
     * @param actor     who revokes it, for the audit log, e.g. {@code "client:crm"}
     * @return true if a live session was revoked; false for an unknown, foreign or already revoked one
     */
    public boolean revoke(String clientId, String sessionId, String actor) {
        if (sessionId == null || sessionId.length() > 128) {
            return false;
        }
        int n = jdbi.withHandle(h -> h.createUpdate("UPDATE sso_session SET revoked_at = :now WHERE session_hash = :h"
                        + " AND client_id = :c AND revoked_at IS NULL")
                .bind("now", clock.millis()).bind("h", Secrets.sha256Hex(sessionId)).bind("c", clientId).execute());
        audit.record(actor, "session.revoke", n == 1 ? "ok" : "not_found", clientId, null, null, null, null);
        return n == 1;
    }

    /**
     * Revokes every session of {@code openid} in {@code clientId}; returns how many. Audited.
     *
     * @param clientId  the business system's {@code client_id}
     * @param openid    the user whose sessions end
     * @param actor     who revokes them, for the audit log
     * @return how many live sessions were revoked
     */
    public int revokeAll(String clientId, String openid, String actor) {
        int n = jdbi.withHandle(h -> h.createUpdate("UPDATE sso_session SET revoked_at = :now WHERE client_id = :c"
                        + " AND openid = :o AND revoked_at IS NULL")
                .bind("now", clock.millis()).bind("c", clientId).bind("o", openid).execute());
        audit.record(actor, "session.revoke_all", "ok", clientId, openid, null, null, "revoked=" + n);
        return n;
    }
}
