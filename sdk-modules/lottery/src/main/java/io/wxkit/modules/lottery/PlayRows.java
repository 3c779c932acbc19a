package io.wxkit.modules.lottery;

import io.wxkit.modules.common.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The SQL of players, entries, wins and the draw log. Every method runs on the caller's handle. */
final class PlayRows {
    private static final String WIN_COLUMNS = "id, activity_id, prize_id, openid, code, won_at, redeemed_at, redeemed_by, payout";

    private PlayRows() {
    }

    /** Creates the player row if missing; a concurrent creation fails on the primary key and the transaction re-runs. */
    static void ensurePlayer(Handle h, long activityId, String openid, String today) {
        boolean exists = h.createQuery("SELECT COUNT(*) FROM wxkit_lottery_player WHERE activity_id = :a AND openid = :o")
                .bind("a", activityId).bind("o", openid).mapTo(Integer.class).one() > 0;
        if (!exists) {
            h.createUpdate("INSERT INTO wxkit_lottery_player (activity_id, openid, draws_total, draw_day, draws_today, wins)"
                            + " VALUES (:a, :o, 0, :day, 0, 0)")
                    .bind("a", activityId).bind("o", openid).bind("day", today).execute();
        }
    }

    /**
     * Counts one draw if both limits allow it: 1, or 0 when a limit is reached. This row lock also
     * serialises one player's concurrent draws for the rest of the transaction. {@code draw_day} is
     * assigned last because MariaDB evaluates SET assignments left to right with the new values.
     */
    static int countDraw(Handle h, long activityId, String openid, String today, int totalLimit, int dailyLimit) {
        return h.createUpdate("UPDATE wxkit_lottery_player SET draws_total = draws_total + 1,"
                        + " draws_today = CASE WHEN draw_day = :day THEN draws_today + 1 ELSE 1 END, draw_day = :day"
                        + " WHERE activity_id = :a AND openid = :o AND draws_total < :total"
                        + " AND (draw_day <> :day OR draws_today < :daily)")
                .bind("a", activityId).bind("o", openid).bind("day", today)
                .bind("total", totalLimit == 0 ? Integer.MAX_VALUE : totalLimit)
                .bind("daily", dailyLimit == 0 ? Integer.MAX_VALUE : dailyLimit)
                .execute();
    }

    /** The player's draws_total and wins (read under the row lock {@link #countDraw} took). */
    static int[] drawsAndWins(Handle h, long activityId, String openid) {
        return h.createQuery("SELECT draws_total, wins FROM wxkit_lottery_player WHERE activity_id = :a AND openid = :o")
                .bind("a", activityId).bind("o", openid)
                .map((rs, ctx) -> new int[] {rs.getInt("draws_total"), rs.getInt("wins")}).one();
    }

    /** Counts a win if the win limit allows it: 1, else 0. */
    static int countWin(Handle h, long activityId, String openid, int winLimit) {
        return h.createUpdate("UPDATE wxkit_lottery_player SET wins = wins + 1 WHERE activity_id = :a AND openid = :o"
                        + " AND wins < :limit")
                .bind("a", activityId).bind("o", openid).bind("limit", winLimit == 0 ? Integer.MAX_VALUE : winLimit)
                .execute();
    }

    static long insertWin(Handle h, long activityId, Prize prize, String openid, String code, Instant now) {
        return h.createUpdate("INSERT INTO wxkit_lottery_win (activity_id, prize_id, openid, code, won_at, payout, notified)"
                        + " VALUES (:a, :p, :o, :code, :now, :payout, FALSE)")
                .bind("a", activityId).bind("p", prize.id()).bind("o", openid).bind("code", code)
                .bind("now", now.toEpochMilli())
                .bind("payout", (prize.kind() == PrizeKind.RED_PACKET ? PayoutStatus.PENDING : PayoutStatus.NONE).name())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    static long insertDraw(Handle h, long activityId, String openid, Instant now, int box, long value, long total,
                           String candidates, long prizeId, long winId) {
        return h.createUpdate("INSERT INTO wxkit_lottery_draw (activity_id, openid, drawn_at, box_index, random_value,"
                        + " total_weight, candidates, prize_id, win_id) VALUES (:a, :o, :now, :box, :value, :total,"
                        + " :candidates, :prize, :win)")
                .bind("a", activityId).bind("o", openid).bind("now", now.toEpochMilli()).bind("box", box)
                .bind("value", value).bind("total", total).bind("candidates", candidates)
                .bind("prize", prizeId == 0 ? null : prizeId).bind("win", winId == 0 ? null : winId)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    static List<Draw> draws(Handle h, long activityId, PageRequest page) {
        return h.createQuery("SELECT id, activity_id, openid, drawn_at, box_index, random_value, total_weight, candidates,"
                        + " prize_id, win_id FROM wxkit_lottery_draw WHERE activity_id = :a AND id < :after ORDER BY id DESC LIMIT :limit")
                .bind("a", activityId).bind("after", page.afterId()).bind("limit", page.size() + 1)
                .map((rs, ctx) -> new Draw(rs.getLong("id"), rs.getLong("activity_id"), rs.getString("openid"),
                        Instant.ofEpochMilli(rs.getLong("drawn_at")), rs.getInt("box_index"), rs.getLong("random_value"),
                        rs.getLong("total_weight"), rs.getString("candidates"), rs.getLong("prize_id"), rs.getLong("win_id")))
                .list();
    }

    static boolean entered(Handle h, long activityId, String openid) {
        return h.createQuery("SELECT COUNT(*) FROM wxkit_lottery_entry WHERE activity_id = :a AND openid = :o")
                .bind("a", activityId).bind("o", openid).mapTo(Integer.class).one() > 0;
    }

    static long insertEntry(Handle h, long activityId, String openid, String nickname, String message, Instant now) {
        return h.createUpdate("INSERT INTO wxkit_lottery_entry (activity_id, openid, nickname, message, entered_at)"
                        + " VALUES (:a, :o, :nick, :msg, :now)")
                .bind("a", activityId).bind("o", openid).bind("nick", nickname).bind("msg", message)
                .bind("now", now.toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Entrants whose wins are below {@code winLimit} ({@code 0}: everyone), in entry order. */
    static List<String> eligibleEntrants(Handle h, long activityId, int winLimit) {
        return h.createQuery("SELECT e.openid FROM wxkit_lottery_entry e JOIN wxkit_lottery_player p"
                        + " ON p.activity_id = e.activity_id AND p.openid = e.openid"
                        + " WHERE e.activity_id = :a AND p.wins < :limit ORDER BY e.id")
                .bind("a", activityId).bind("limit", winLimit == 0 ? Integer.MAX_VALUE : winLimit)
                .mapTo(String.class).list();
    }

    static Optional<Win> winByCode(Handle h, String code) {
        return h.createQuery("SELECT " + WIN_COLUMNS + " FROM wxkit_lottery_win WHERE code = :code")
                .bind("code", code).map((rs, ctx) -> win(rs)).findOne();
    }

    static Optional<Win> winById(Handle h, long id) {
        return h.createQuery("SELECT " + WIN_COLUMNS + " FROM wxkit_lottery_win WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> win(rs)).findOne();
    }

    static List<Win> winsOf(Handle h, long activityId, String openid) {
        return h.createQuery("SELECT " + WIN_COLUMNS + " FROM wxkit_lottery_win WHERE activity_id = :a AND openid = :o ORDER BY id")
                .bind("a", activityId).bind("o", openid).map((rs, ctx) -> win(rs)).list();
    }

    static int redeem(Handle h, String code, String staff, Instant now) {
        return h.createUpdate("UPDATE wxkit_lottery_win SET redeemed_at = :now, redeemed_by = :staff"
                        + " WHERE code = :code AND redeemed_at IS NULL")
                .bind("code", code).bind("staff", staff).bind("now", now.toEpochMilli()).execute();
    }

    static void payout(Handle h, long winId, PayoutStatus status) {
        h.createUpdate("UPDATE wxkit_lottery_win SET payout = :s WHERE id = :id")
                .bind("id", winId).bind("s", status.name()).execute();
    }

    static void notified(Handle h, long winId) {
        h.createUpdate("UPDATE wxkit_lottery_win SET notified = TRUE WHERE id = :id").bind("id", winId).execute();
    }

    private static Win win(ResultSet rs) throws SQLException {
        long redeemed = rs.getLong("redeemed_at");
        Instant redeemedAt = rs.wasNull() ? null : Instant.ofEpochMilli(redeemed);
        return new Win(rs.getLong("id"), rs.getLong("activity_id"), rs.getLong("prize_id"), rs.getString("openid"),
                rs.getString("code"), Instant.ofEpochMilli(rs.getLong("won_at")), redeemedAt, rs.getString("redeemed_by"),
                PayoutStatus.valueOf(rs.getString("payout")));
    }
}
