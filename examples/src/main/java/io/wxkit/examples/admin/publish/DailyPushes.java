package io.wxkit.examples.admin.publish;

import io.wxkit.examples.admin.AdminSchema;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Scheduled daily pushes ({@code admin_daily_push}: account, time of day, article) and their runs ({@code admin_push_run}). */
@Component
class DailyPushes {
    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    DailyPushes(AdminSchema schema, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One schedule: at {@code timeOfDay} (HH:mm, China time) every day, send article {@code articleId} to all followers. */
    record Push(long id, String appId, String timeOfDay, long articleId, boolean enabled, LocalDate lastRunOn) {
    }

    /** One run of a schedule: when, why ({@code schedule} or {@code manual}), what happened, the mass job it made. */
    record Run(long id, long pushId, Instant at, String trigger, String outcome, Long massJobId) {
    }

    void create(String appId, String timeOfDay, long articleId) {
        jdbc.update("INSERT INTO admin_daily_push (app_id, time_of_day, article_id, enabled) VALUES (?, ?, ?, TRUE)",
                appId, timeOfDay, articleId);
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.update("UPDATE admin_daily_push SET enabled = ? WHERE id = ?", enabled, id);
    }

    List<Push> all() {
        return jdbc.query("SELECT * FROM admin_daily_push ORDER BY id", (rs, n) -> new Push(rs.getLong("id"),
                rs.getString("app_id"), rs.getString("time_of_day"), rs.getLong("article_id"), rs.getBoolean("enabled"),
                rs.getDate("last_run_on") == null ? null : rs.getDate("last_run_on").toLocalDate()));
    }

    Optional<Push> find(long id) {
        return all().stream().filter(p -> p.id() == id).findFirst();
    }

    /** Claims today's run of {@code id}; false when it already ran today (so two checks never send twice). */
    boolean claim(long id, LocalDate today) {
        return jdbc.update("UPDATE admin_daily_push SET last_run_on = ? WHERE id = ? AND (last_run_on IS NULL OR last_run_on < ?)",
                Date.valueOf(today), id, Date.valueOf(today)) == 1;
    }

    void ran(long pushId, String trigger, String outcome, Long massJobId) {
        jdbc.update("INSERT INTO admin_push_run (push_id, ran_at, trigger_kind, outcome, mass_job_id) VALUES (?, ?, ?, ?, ?)",
                pushId, Timestamp.from(clock.instant()), trigger, outcome.length() > 500 ? outcome.substring(0, 500) : outcome,
                massJobId);
    }

    List<Run> runs(int limit) {
        return jdbc.query("SELECT * FROM admin_push_run ORDER BY id DESC LIMIT ?", (rs, n) -> {
            long job = rs.getLong("mass_job_id");
            return new Run(rs.getLong("id"), rs.getLong("push_id"), rs.getTimestamp("ran_at").toInstant(),
                    rs.getString("trigger_kind"), rs.getString("outcome"), rs.wasNull() ? null : job);
        }, limit);
    }
}
