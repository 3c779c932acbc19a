package io.wxkit.modules.common;

import io.wxkit.modules.common.internal.db.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The modules' audit log (table {@code wxkit_module_audit}): every staff operation (closing a poll,
 * drawing winners, redeeming a prize) leaves a row, written in the same transaction as the change it
 * records so that neither exists without the other.
 *
 * <pre>{@code
 * Page<AuditEntry> recent = context.audit().list("lottery", PageRequest.first(50));
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class AuditLog {
    private final Jdbi jdbi;
    private final Clock clock;

    AuditLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Writes {@code entry} on {@code handle}, inside the caller's transaction, so the row commits or rolls back
     * with the change it records. The time is this log's clock's, not {@code entry.at()}.
     *
     * @param handle the caller's open transaction
     * @param entry  what to record
     * @throws NullPointerException if {@code entry} is null
     */
    public void record(Handle handle, AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        handle.createUpdate("INSERT INTO wxkit_module_audit (at_ms, module, actor, action, target, outcome)"
                        + " VALUES (:at, :module, :actor, :action, :target, :outcome)")
                .bind("at", clock.millis())
                .bind("module", entry.module()).bind("actor", entry.actor()).bind("action", entry.action())
                .bind("target", entry.target()).bind("outcome", entry.outcome())
                .execute();
    }

    /**
     * Writes {@code entry} in its own transaction (for refused operations, which roll back their own). The
     * time is this log's clock's, not {@code entry.at()}.
     *
     * @param entry what to record
     * @throws NullPointerException if {@code entry} is null
     */
    public void record(AuditEntry entry) {
        Transactions.on(jdbi).use(h -> record(h, entry));
    }

    /**
     * The entries of {@code module}, newest first.
     *
     * @param module the module whose entries to list ({@code vote}, {@code lottery}, ...)
     * @param page   the cursor and size (1..{@value PageRequest#MAX_SIZE})
     * @return the page and the cursor of the next one; empty for a module without entries
     */
    public Page<AuditEntry> list(String module, PageRequest page) {
        List<AuditEntry> rows = jdbi.withHandle(h -> h.createQuery("SELECT id, at_ms, module, actor, action, target, outcome"
                        + " FROM wxkit_module_audit WHERE module = :module AND id < :after ORDER BY id DESC LIMIT :limit")
                .bind("module", module).bind("after", page.afterId())
                .bind("limit", page.size() + 1)
                .map((rs, ctx) -> new AuditEntry(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("at_ms")),
                        rs.getString("module"), rs.getString("actor"), rs.getString("action"), rs.getString("target"),
                        rs.getString("outcome")))
                .list());
        return Page.of(rows, page, AuditEntry::id);
    }
}
