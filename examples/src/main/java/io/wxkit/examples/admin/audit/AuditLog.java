package io.wxkit.examples.admin.audit;

import io.wxkit.examples.admin.AdminSchema;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit table ({@code admin_audit}): every change made in the console writes one row (who, what, when).
 * Details name what changed, never a secret (passwords, client secrets, keys).
 */
@Component
public class AuditLog {
    private static final int MAX_DETAIL = 1000;
    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    public AuditLog(AdminSchema schema, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actor, String action, String detail) {
        String text = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL - 1) + "…" : detail;
        jdbc.update("INSERT INTO admin_audit (actor, action, detail, occurred_at) VALUES (?, ?, ?, ?)",
                actor, action, text, Timestamp.from(clock.instant()));
    }

    /** The newest entries first, optionally only those whose actor or action contains {@code filter}. */
    public List<AuditEntry> latest(String filter, int limit) {
        String like = "%" + (filter == null ? "" : filter.trim().toLowerCase()) + "%";
        return jdbc.query("SELECT * FROM admin_audit WHERE LOWER(actor) LIKE ? OR LOWER(action) LIKE ? "
                        + "OR LOWER(detail) LIKE ? ORDER BY id DESC LIMIT ?",
                (rs, n) -> new AuditEntry(rs.getLong("id"), rs.getString("actor"), rs.getString("action"),
                        rs.getString("detail"), rs.getTimestamp("occurred_at").toInstant()), like, like, like, limit);
    }
}
