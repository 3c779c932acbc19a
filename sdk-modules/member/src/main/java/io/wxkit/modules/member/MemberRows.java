package io.wxkit.modules.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** The SQL of member profiles, tags, levels and paid orders. Every method runs on the caller's handle. */
final class MemberRows {
    static final String COLUMNS = "id, openid, account_id, nickname, department, level_code, level_manual, card_no, points,"
            + " points_earned, paid_orders, paid_amount_fen, created_at";

    private MemberRows() {
    }

    static Optional<Member> byOpenid(Handle h, String openid, boolean lock) {
        return h.createQuery("SELECT " + COLUMNS + " FROM wxkit_member_member WHERE openid = :o" + (lock ? " FOR UPDATE" : ""))
                .bind("o", openid).map((rs, ctx) -> row(rs, Set.of())).findOne().map(m -> withTags(h, m));
    }

    static Optional<Member> byCard(Handle h, String cardNo) {
        return h.createQuery("SELECT " + COLUMNS + " FROM wxkit_member_member WHERE card_no = :c")
                .bind("c", cardNo).map((rs, ctx) -> row(rs, Set.of())).findOne().map(m -> withTags(h, m));
    }

    static Member withTags(Handle h, Member m) {
        Set<String> tags = new HashSet<>(h.createQuery("SELECT tag FROM wxkit_member_tag WHERE member_id = :id")
                .bind("id", m.id()).mapTo(String.class).list());
        return new Member(m.id(), m.openid(), m.accountId(), m.nickname(), m.department(), m.levelCode(), m.levelManual(), tags,
                m.cardNo(), m.points(), m.pointsEarned(), m.paidOrders(), m.paidAmountFen(), m.createdAt());
    }

    static Member row(ResultSet rs, Set<String> tags) throws SQLException {
        return new Member(rs.getLong("id"), rs.getString("openid"), Optional.ofNullable(rs.getString("account_id")),
                rs.getString("nickname"), rs.getString("department"), Optional.ofNullable(rs.getString("level_code")),
                rs.getBoolean("level_manual"), tags, rs.getString("card_no"), rs.getLong("points"), rs.getLong("points_earned"),
                rs.getLong("paid_orders"), rs.getLong("paid_amount_fen"), Instant.ofEpochMilli(rs.getLong("created_at")));
    }

    static long insert(Handle h, String openid, String nickname, String department, Instant now) {
        long id = h.createUpdate("INSERT INTO wxkit_member_member (openid, nickname, department, level_manual, points, points_earned,"
                        + " paid_orders, paid_amount_fen, created_at) VALUES (:o, :n, :d, FALSE, 0, 0, 0, 0, :now)")
                .bind("o", openid).bind("n", nickname).bind("d", department).bind("now", now.toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        h.createUpdate("UPDATE wxkit_member_member SET card_no = :c WHERE id = :id").bind("c", CardNumbers.of(id)).bind("id", id).execute();
        return id;
    }

    static void set(Handle h, long id, String column, Object value) {
        // column names come from this package's constants only, never from input
        h.createUpdate("UPDATE wxkit_member_member SET " + column + " = :v WHERE id = :id").bind("v", value).bind("id", id).execute();
    }

    static void addPoints(Handle h, long id, long delta, long earned) {
        h.createUpdate("UPDATE wxkit_member_member SET points = points + :d, points_earned = points_earned + :e WHERE id = :id")
                .bind("d", delta).bind("e", earned).bind("id", id).execute();
    }

    static boolean recordOrder(Handle h, long memberId, String orderNo, long fen, Instant now) {
        boolean known = h.createQuery("SELECT COUNT(*) FROM wxkit_member_order WHERE member_id = :m AND order_no = :o")
                .bind("m", memberId).bind("o", orderNo).mapTo(Integer.class).one() > 0;
        if (known) {
            return false;
        }
        h.createUpdate("INSERT INTO wxkit_member_order (member_id, order_no, amount_fen, paid_at) VALUES (:m, :o, :f, :now)")
                .bind("m", memberId).bind("o", orderNo).bind("f", fen).bind("now", now.toEpochMilli()).execute();
        h.createUpdate("UPDATE wxkit_member_member SET paid_orders = paid_orders + 1, paid_amount_fen = paid_amount_fen + :f WHERE id = :id")
                .bind("f", fen).bind("id", memberId).execute();
        return true;
    }

    static void tag(Handle h, long memberId, String tag, boolean add) {
        h.createUpdate("DELETE FROM wxkit_member_tag WHERE member_id = :m AND tag = :t").bind("m", memberId).bind("t", tag).execute();
        if (add) {
            h.createUpdate("INSERT INTO wxkit_member_tag (member_id, tag) VALUES (:m, :t)").bind("m", memberId).bind("t", tag).execute();
        }
    }

    static List<Level> levels(Handle h) {
        return h.createQuery("SELECT code, name, rank_order, rule_kind, threshold FROM wxkit_member_level ORDER BY rank_order DESC")
                .map((rs, ctx) -> new Level(rs.getString(1), rs.getString(2), rs.getInt(3), Level.rule(rs.getString(4), rs.getLong(5))))
                .list();
    }

    static void saveLevel(Handle h, Level l) {
        h.createUpdate("DELETE FROM wxkit_member_level WHERE code = :c").bind("c", l.code()).execute();
        h.createUpdate("INSERT INTO wxkit_member_level (code, name, rank_order, rule_kind, threshold) VALUES (:c, :n, :r, :k, :t)")
                .bind("c", l.code()).bind("n", l.name()).bind("r", l.rank()).bind("k", Level.kind(l.rule()))
                .bind("t", Level.threshold(l.rule())).execute();
    }

    /** Re-derives the level of a locked member from the rules, unless an admin fixed it. */
    static void relevel(Handle h, String openid) {
        Member m = byOpenid(h, openid, false).orElseThrow();
        if (m.levelManual()) {
            return;
        }
        String code = levels(h).stream().filter(l -> l.rule().reachedBy(m.pointsEarned(), m.paidOrders(), m.paidAmountFen()))
                .map(Level::code).findFirst().orElse(null);
        set(h, m.id(), "level_code", code);
    }
}
