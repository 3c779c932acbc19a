package io.wxkit.modules.member;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The SQL of the points ledger. Every method runs on the caller's handle, with the member row locked. */
final class PointsRows {
    static final String COLUMNS = "id, member_id, business_key, kind, delta, expires_at, reason, created_at";

    private PointsRows() {
    }

    static Optional<PointsEntry> byKey(Handle h, long memberId, String key) {
        return h.createQuery("SELECT " + COLUMNS + " FROM wxkit_member_points WHERE member_id = :m AND business_key = :k")
                .bind("m", memberId).bind("k", key).map((rs, ctx) -> row(rs)).findOne();
    }

    static List<PointsEntry> list(Handle h, long memberId, io.wxkit.modules.common.PageRequest page) {
        return h.createQuery("SELECT " + COLUMNS + " FROM wxkit_member_points WHERE member_id = :m AND id < :after ORDER BY id DESC")
                .bind("m", memberId).bind("after", page.afterId()).setMaxRows(page.size() + 1).map((rs, ctx) -> row(rs)).list();
    }

    static long insert(Handle h, long memberId, String key, String kind, long delta, long remaining, Instant expiresAt,
                       String reason, Instant now) {
        return h.createUpdate("INSERT INTO wxkit_member_points (member_id, business_key, kind, delta, remaining, expires_at, reason,"
                        + " created_at) VALUES (:m, :k, :kind, :d, :r, :e, :reason, :now)")
                .bind("m", memberId).bind("k", key).bind("kind", kind).bind("d", delta).bind("r", remaining)
                .bind("e", expiresAt == null ? null : expiresAt.toEpochMilli()).bind("reason", reason).bind("now", now.toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Expires what is left of lots past their expiry: one EXPIRE entry per lot, the balance lowered by as much. */
    static void sweep(Handle h, long memberId, Instant now) {
        List<long[]> due = h.createQuery("SELECT id, remaining FROM wxkit_member_points WHERE member_id = :m AND remaining > 0"
                        + " AND expires_at IS NOT NULL AND expires_at <= :now ORDER BY id")
                .bind("m", memberId).bind("now", now.toEpochMilli())
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        for (long[] lot : due) {
            h.createUpdate("UPDATE wxkit_member_points SET remaining = 0 WHERE id = :id").bind("id", lot[0]).execute();
            insert(h, memberId, "expire:" + lot[0], "EXPIRE", -lot[1], 0, null, "expired", now);
            MemberRows.addPoints(h, memberId, -lot[1], 0);
        }
    }

    /** Uses up {@code amount} from the lots expiring soonest (never-expiring ones last). */
    static void consume(Handle h, long memberId, long amount) {
        List<long[]> lots = h.createQuery("SELECT id, remaining, CASE WHEN expires_at IS NULL THEN 1 ELSE 0 END AS forever"
                        + " FROM wxkit_member_points WHERE member_id = :m AND remaining > 0 ORDER BY forever, expires_at, id")
                .bind("m", memberId).map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        long left = amount;
        for (long[] lot : lots) {
            if (left == 0) {
                break;
            }
            long take = Math.min(left, lot[1]);
            h.createUpdate("UPDATE wxkit_member_points SET remaining = remaining - :t WHERE id = :id").bind("t", take).bind("id", lot[0]).execute();
            left -= take;
        }
        if (left != 0) {
            throw new IllegalStateException("ledger lots do not cover the balance of member " + memberId);
        }
    }

    private static PointsEntry row(java.sql.ResultSet rs) throws java.sql.SQLException {
        long e = rs.getLong("expires_at");
        Optional<Instant> expires = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(e));
        return new PointsEntry(rs.getLong("id"), rs.getLong("member_id"), rs.getString("business_key"), rs.getString("kind"),
                rs.getLong("delta"), expires, rs.getString("reason"), Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
