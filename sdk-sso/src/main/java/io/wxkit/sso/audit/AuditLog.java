package io.wxkit.sso.audit;

import io.wxkit.sso.internal.Secrets;
import io.wxkit.sso.internal.Text;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail ({@code sso_audit}): every decision of the broker, the client registry and the
 * bindings writes one row, refusals included.
 *
 * <pre>{@code
 * List<AuditEvent> last = sso.audit().recent(50);
 * }</pre>
 *
 * <p>Values are truncated and control characters escaped before they are stored. Thread-safe.
 */
public final class AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final SecureRandom random;
    // orders the rows one broker writes within the same millisecond
    private final java.util.concurrent.atomic.AtomicLong sequence = new java.util.concurrent.atomic.AtomicLong();

    /**
     * An audit log over the migrated SSO schema.
     *
     * @param jdbi   the SSO database, migrated by {@code SsoBroker.builder().build()}
     * @param clock  the time source of event times
     * @param random the source of the random suffix of event ids
     */
    public AuditLog(Jdbi jdbi, Clock clock, SecureRandom random) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Records one decision.
     *
     * @param actor who acted
     * @param action what was attempted
     * @param outcome {@code ok} or an error code
     * @param clientId the client, or {@code null}
     * @param openid the openid, or {@code null}
     * @param accountId the account, or {@code null}
     * @param ip the caller's IP, or {@code null}
     * @param detail a short note (untrusted text is fine: it is escaped), or {@code null}
     */
    public void record(String actor, String action, String outcome, String clientId, String openid, String accountId,
                       String ip, String detail) {
        Instant at = clock.instant();
        // time-ordered ids: the primary key doubles as the chronological order, no identity column needed
        String id = String.format("%013x%08x", at.toEpochMilli(), sequence.incrementAndGet() & 0xffffffffL)
                + Secrets.randomHex(random, 3).substring(0, 5);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO sso_audit (id, at_millis, actor, action, outcome, client_id,"
                        + " openid, account_id, ip, detail) VALUES (:id, :at, :actor, :action, :outcome, :client,"
                        + " :openid, :account, :ip, :detail)")
                .bind("id", id).bind("at", at.toEpochMilli()).bind("actor", cut(actor, 128))
                .bind("action", cut(action, 32)).bind("outcome", cut(outcome, 32)).bind("client", cut(clientId, 64))
                .bind("openid", cut(openid, 64)).bind("account", cut(accountId, 128)).bind("ip", cut(ip, 64))
                .bind("detail", cut(detail, 480)).execute());
        if (LOG.isDebugEnabled()) {
            LOG.debug("sso audit {} {} {} client={}", cut(actor, 128), cut(action, 32), cut(outcome, 32),
                    cut(clientId, 64));
        }
    }

    /**
     * The latest {@code limit} events, newest first.
     *
     * @param limit how many at most
     * @return the events, newest first
     */
    public List<AuditEvent> recent(int limit) {
        return query("SELECT * FROM sso_audit ORDER BY id DESC", null, limit);
    }

    /**
     * The latest {@code limit} events concerning {@code clientId}, newest first.
     *
     * @param clientId the business system's {@code client_id}
     * @param limit    how many at most
     * @return the events, newest first, e.g. {@code sso.audit().forClient("crm", 50)}
     */
    public List<AuditEvent> forClient(String clientId, int limit) {
        return query("SELECT * FROM sso_audit WHERE client_id = :v ORDER BY id DESC", clientId, limit);
    }

    private List<AuditEvent> query(String sql, String value, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1..1000");
        }
        return jdbi.withHandle(h -> {
            // the limit in the SQL, not setMaxRows: PostgreSQL plans without the JDBC row limit (docs/decisions.md)
            var q = h.createQuery(sql + " LIMIT :limit").bind("limit", limit);
            if (value != null) {
                q.bind("v", value);
            }
            return q.map((rs, ctx) -> new AuditEvent(Instant.ofEpochMilli(rs.getLong("at_millis")),
                    rs.getString("actor"), rs.getString("action"), rs.getString("outcome"), rs.getString("client_id"),
                    rs.getString("openid"), rs.getString("account_id"), rs.getString("ip"), rs.getString("detail")))
                    .list();
        });
    }

    private static String cut(String value, int max) {
        return value == null ? null : Text.safe(value, max - 3);
    }
}
