package io.wxkit.examples.admin.messages;

import io.wxkit.examples.admin.AdminSchema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The message log table ({@code admin_message}): what users sent each account, and what staff answered. */
@Component
public class MessageLog {
    /** Days and dates in the console are China days, as WeChat's statistics count them. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int MAX_SUMMARY = 2048;

    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    public MessageLog(AdminSchema schema, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void inbound(String appId, String openid, String msgType, String event, String summary, Long msgId, Instant at) {
        jdbc.update("INSERT INTO admin_message (app_id, openid, direction, msg_type, event, summary, msg_id, occurred_at, "
                        + "handled) VALUES (?, ?, 'in', ?, ?, ?, ?, ?, FALSE)", appId, openid, msgType, event,
                clip(summary), msgId, Timestamp.from(at));
    }

    void outbound(String appId, String openid, String text, String staff) {
        jdbc.update("INSERT INTO admin_message (app_id, openid, direction, msg_type, summary, occurred_at, handled, "
                        + "sent_by) VALUES (?, ?, 'out', 'text', ?, ?, TRUE, ?)", appId, openid, clip(text),
                Timestamp.from(clock.instant()), staff);
    }

    /** Marks every unhandled message of the conversation handled; answers how many. */
    int markHandled(String appId, String openid, String staff) {
        return jdbc.update("UPDATE admin_message SET handled = TRUE, handled_by = ? WHERE app_id = ? AND openid = ? "
                + "AND direction = 'in' AND handled = FALSE", staff, appId, openid);
    }

    List<LoggedMessage> search(MessageSearch s, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM admin_message WHERE direction = 'in'");
        List<Object> args = new ArrayList<>();
        if (!s.appId().isBlank()) {
            sql.append(" AND app_id = ?");
            args.add(s.appId());
        }
        if (!s.user().isBlank()) {
            sql.append(" AND openid LIKE ?");
            args.add("%" + s.user().trim() + "%");
        }
        if (!s.text().isBlank()) {
            sql.append(" AND LOWER(summary) LIKE ?");
            args.add("%" + s.text().trim().toLowerCase() + "%");
        }
        if ("event".equals(s.type())) {
            sql.append(" AND msg_type = 'event'");
        } else if ("messages".equals(s.type()) || s.type().isBlank()) {
            sql.append(" AND msg_type <> 'event'");
        } else if (!"all".equals(s.type())) {
            sql.append(" AND (msg_type = ? OR event = ?)");
            args.add(s.type());
            args.add(s.type());
        }
        if (s.from() != null) {
            sql.append(" AND occurred_at >= ?");
            args.add(Timestamp.from(s.from().atStartOfDay(CHINA).toInstant()));
        }
        if (s.to() != null) {
            sql.append(" AND occurred_at < ?");
            args.add(Timestamp.from(s.to().plusDays(1).atStartOfDay(CHINA).toInstant()));
        }
        if (s.unhandledOnly()) {
            sql.append(" AND handled = FALSE");
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), MessageLog::row, args.toArray());
    }

    /** User messages (not events) newer than {@code afterId}, oldest first: the console's live feed. */
    List<LoggedMessage> newerThan(long afterId, int limit) {
        return jdbc.query("SELECT * FROM admin_message WHERE id > ? AND direction = 'in' AND msg_type <> 'event' "
                + "ORDER BY id LIMIT ?", MessageLog::row, afterId, limit);
    }

    /** The conversation with one user (both directions, events left out), oldest first, from {@code afterId}. */
    List<LoggedMessage> conversation(String appId, String openid, long afterId) {
        return jdbc.query("SELECT * FROM (SELECT * FROM admin_message WHERE app_id = ? AND openid = ? AND id > ? "
                        + "AND msg_type <> 'event' ORDER BY id DESC LIMIT 200) recent ORDER BY id", MessageLog::row,
                appId, openid, afterId);
    }

    long lastId() {
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM admin_message", Long.class);
        return id == null ? 0 : id;
    }

    /** Every inbound row (messages and events) of {@code appId} between two instants: the analytics input. */
    public List<LoggedMessage> inboundBetween(String appId, Instant from, Instant to) {
        return jdbc.query("SELECT * FROM admin_message WHERE app_id = ? AND direction = 'in' AND occurred_at >= ? "
                + "AND occurred_at < ? ORDER BY id", MessageLog::row, appId, Timestamp.from(from), Timestamp.from(to));
    }

    private static String clip(String text) {
        return text.length() > MAX_SUMMARY ? text.substring(0, MAX_SUMMARY - 1) + "…" : text;
    }

    private static LoggedMessage row(ResultSet rs, int n) throws SQLException {
        long msgId = rs.getLong("msg_id");
        return new LoggedMessage(rs.getLong("id"), rs.getString("app_id"), rs.getString("openid"),
                rs.getString("direction"), rs.getString("msg_type"), rs.getString("event"), rs.getString("summary"),
                rs.wasNull() ? null : msgId, rs.getTimestamp("occurred_at").toInstant(), rs.getBoolean("handled"),
                rs.getString("handled_by"), rs.getString("sent_by"));
    }
}
