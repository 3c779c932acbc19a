package io.wxkit.examples.admin.publish;

import io.wxkit.core.message.MassSendJobFinish;
import io.wxkit.examples.admin.AdminSchema;
import io.wxkit.examples.admin.messages.WxInbound;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Mass-send jobs ({@code admin_mass_job}) and their calls ({@code admin_mass_chunk}, one row per WeChat
 * {@code msg_id}). The MASSSENDJOBFINISH event can arrive before the send call has returned its {@code msg_id}
 * to us, so both sides write the chunk row, whichever comes first (synchronised: one JVM writes a job).
 */
@Component
public class MassJobs {
    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    MassJobs(AdminSchema schema, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long create(String appId, String target, String message, String staff) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO admin_mass_job (app_id, target, message, chunks, created_by, created_at) "
                    + "VALUES (?, ?, ?, 0, ?, ?)", new String[] {"id"});
            ps.setString(1, appId);
            ps.setString(2, target);
            ps.setString(3, message.length() > 2000 ? message.substring(0, 2000) : message);
            ps.setString(4, staff);
            ps.setTimestamp(5, Timestamp.from(clock.instant()));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** The send call answered: the job has these {@code msg_id}s. */
    synchronized void submitted(long jobId, List<Long> msgIds) {
        for (long msgId : msgIds) {
            if (jdbc.update("UPDATE admin_mass_chunk SET job_id = ? WHERE msg_id = ?", jobId, msgId) == 0) {
                jdbc.update("INSERT INTO admin_mass_chunk (msg_id, job_id) VALUES (?, ?)", msgId, jobId);
            }
        }
        jdbc.update("UPDATE admin_mass_job SET chunks = ? WHERE id = ?", msgIds.size(), jobId);
    }

    void failed(long jobId, String reason) {
        jdbc.update("UPDATE admin_mass_job SET failure = ? WHERE id = ?", reason.length() > 500 ? reason.substring(0, 500) : reason, jobId);
    }

    /** WeChat's report of one call; unknown ids are kept (job 0) until {@link #submitted} claims them. */
    @EventListener
    synchronized void finished(WxInbound inbound) {
        if (!(inbound.message() instanceof MassSendJobFinish f)) {
            return;
        }
        Timestamp at = Timestamp.from(clock.instant());
        int updated = jdbc.update("UPDATE admin_mass_chunk SET status = ?, total_count = ?, sent_count = ?, error_count = ?, "
                + "finished_at = ? WHERE msg_id = ?", f.status(), f.totalCount(), f.sentCount(), f.errorCount(), at, f.msgId());
        if (updated == 0) {
            jdbc.update("INSERT INTO admin_mass_chunk (msg_id, job_id, status, total_count, sent_count, error_count, finished_at) "
                    + "VALUES (?, 0, ?, ?, ?, ?, ?)", f.msgId(), f.status(), f.totalCount(), f.sentCount(), f.errorCount(), at);
        }
    }

    Optional<MassJob> find(long id) {
        return jobs("WHERE j.id = ?", id).stream().findFirst();
    }

    List<MassJob> latest(int limit) {
        return jobs("", limit);
    }

    private List<MassJob> jobs(String where, Object arg) {
        String sql = "SELECT j.*, (SELECT COUNT(*) FROM admin_mass_chunk c WHERE c.job_id = j.id AND c.finished_at IS NOT NULL) done, "
                + "(SELECT COALESCE(SUM(total_count), 0) FROM admin_mass_chunk c WHERE c.job_id = j.id) total, "
                + "(SELECT COALESCE(SUM(sent_count), 0) FROM admin_mass_chunk c WHERE c.job_id = j.id) sent, "
                + "(SELECT COALESCE(SUM(error_count), 0) FROM admin_mass_chunk c WHERE c.job_id = j.id) errs "
                + "FROM admin_mass_job j " + where + " ORDER BY j.id DESC" + (where.isEmpty() ? " LIMIT ?" : "");
        return jdbc.query(sql, (rs, n) -> new MassJob(rs.getLong("id"), rs.getString("app_id"), rs.getString("target"),
                rs.getString("message"), rs.getInt("chunks"), rs.getInt("done"), rs.getInt("total"), rs.getInt("sent"),
                rs.getInt("errs"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("failure")), arg);
    }

    /** Sends done in a China day range, for the analytics page: [jobs, recipients reached]. */
    public long[] sentBetween(String appId, java.time.Instant from, java.time.Instant to) {
        return jdbc.queryForObject("SELECT COUNT(DISTINCT j.id) n, COALESCE(SUM(c.sent_count), 0) s FROM admin_mass_job j "
                        + "LEFT JOIN admin_mass_chunk c ON c.job_id = j.id WHERE j.app_id = ? AND j.created_at >= ? AND j.created_at < ?",
                (rs, n) -> new long[] {rs.getLong("n"), rs.getLong("s")}, appId, Timestamp.from(from), Timestamp.from(to));
    }
}
