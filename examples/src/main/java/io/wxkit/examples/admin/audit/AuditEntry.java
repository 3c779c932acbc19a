package io.wxkit.examples.admin.audit;

import java.time.Instant;

/** One audited change: who did what, when. */
public record AuditEntry(long id, String actor, String action, String detail, Instant at) {
}
