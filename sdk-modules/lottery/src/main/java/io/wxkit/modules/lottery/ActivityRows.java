package io.wxkit.modules.lottery;

import io.wxkit.modules.common.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The SQL of activities and prizes. Every method runs on the caller's handle (inside its transaction). */
final class ActivityRows {
    private static final String COLUMNS = "id, title, mode, opens_at, closes_at, follow_required, draws_total_limit,"
            + " draws_daily_limit, wins_limit, no_prize_weight, box_count, keyword, notify_template_id";

    private ActivityRows() {
    }

    static long insert(Handle h, ActivityDraft d, Instant now) {
        long id = h.createUpdate("INSERT INTO wxkit_lottery_activity (title, mode, opens_at, closes_at, follow_required,"
                        + " draws_total_limit, draws_daily_limit, wins_limit, no_prize_weight, box_count, keyword,"
                        + " notify_template_id, created_at) VALUES (:title, :mode, :opens, :closes, :follow, :total,"
                        + " :daily, :wins, :none, :boxes, :keyword, :template, :now)")
                .bind("title", d.title).bind("mode", d.mode.name())
                .bind("opens", d.opensAt.toEpochMilli()).bind("closes", d.closesAt.toEpochMilli())
                .bind("follow", d.followRequired).bind("total", d.drawsTotal).bind("daily", d.drawsDaily)
                .bind("wins", d.winsLimit).bind("none", d.noPrizeWeight).bind("boxes", d.boxes)
                .bind("keyword", d.keyword).bind("template", d.notifyTemplateId).bind("now", now.toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        int order = 0;
        for (Prize p : d.prizes) {
            h.createUpdate("INSERT INTO wxkit_lottery_prize (activity_id, sort_order, name, kind, weight, stock,"
                            + " initial_stock, red_packet_fen) VALUES (:a, :order, :name, :kind, :weight, :stock, :stock, :fen)")
                    .bind("a", id).bind("order", order++).bind("name", p.name()).bind("kind", p.kind().name())
                    .bind("weight", p.weight()).bind("stock", p.stock()).bind("fen", p.redPacketFen()).execute();
        }
        return id;
    }

    static Optional<Activity> find(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM wxkit_lottery_activity WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> activity(rs, prizes(h, id, false))).findOne();
    }

    /** Locks the activity row (serialises staff draws of one activity); false when it does not exist. */
    static boolean lock(Handle h, long id) {
        return h.createQuery("SELECT id FROM wxkit_lottery_activity WHERE id = :id FOR UPDATE")
                .bind("id", id).mapTo(Long.class).findOne().isPresent();
    }

    static List<Activity> page(Handle h, PageRequest page) {
        List<Long> ids = h.createQuery("SELECT id FROM wxkit_lottery_activity WHERE id < :after ORDER BY id DESC")
                .bind("after", page.afterId()).setMaxRows(page.size() + 1).mapTo(Long.class).list();
        List<Activity> out = new ArrayList<>(ids.size());
        for (long id : ids) {
            find(h, id).ifPresent(out::add);
        }
        return out;
    }

    /** The activity's prizes in display order; only those with stock left when {@code inStockOnly}. */
    static List<Prize> prizes(Handle h, long activityId, boolean inStockOnly) {
        return h.createQuery("SELECT id, name, kind, weight, stock, initial_stock, red_packet_fen FROM wxkit_lottery_prize"
                        + " WHERE activity_id = :a" + (inStockOnly ? " AND stock > 0" : "") + " ORDER BY sort_order")
                .bind("a", activityId)
                .map((rs, ctx) -> new Prize(rs.getLong("id"), rs.getString("name"), PrizeKind.valueOf(rs.getString("kind")),
                        rs.getLong("weight"), rs.getInt("stock"), rs.getInt("initial_stock"), rs.getLong("red_packet_fen")))
                .list();
    }

    /** Takes {@code units} of the prize if that many are left: 1, else 0 (never below zero). */
    static int takeStock(Handle h, long prizeId, int units) {
        return h.createUpdate("UPDATE wxkit_lottery_prize SET stock = stock - :n WHERE id = :id AND stock >= :n")
                .bind("id", prizeId).bind("n", units).execute();
    }

    static int close(Handle h, long id, Instant now) {
        return h.createUpdate("UPDATE wxkit_lottery_activity SET closes_at = :now WHERE id = :id AND closes_at > :now")
                .bind("id", id).bind("now", now.toEpochMilli()).execute();
    }

    private static Activity activity(ResultSet rs, List<Prize> prizes) throws SQLException {
        return new Activity(rs.getLong("id"), rs.getString("title"), LotteryMode.valueOf(rs.getString("mode")),
                Instant.ofEpochMilli(rs.getLong("opens_at")), Instant.ofEpochMilli(rs.getLong("closes_at")),
                rs.getBoolean("follow_required"), rs.getInt("draws_total_limit"), rs.getInt("draws_daily_limit"),
                rs.getInt("wins_limit"), rs.getLong("no_prize_weight"), rs.getInt("box_count"), rs.getString("keyword"),
                rs.getString("notify_template_id"), prizes);
    }
}
