package io.wxkit.benchmarks.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.postgresql.PGStatement;

/**
 * Records the SQL a module's service really sends, with its bound values, so the benchmark explains the
 * queries it timed instead of hand-written copies of them. Installed on the service's {@link Jdbi} as a
 * statement customiser; it records only while {@link #recording} runs. pgjdbc renders a prepared
 * statement with its parameters inlined ({@code PgPreparedStatement.toString()}), which is what gets
 * explained; the row limit the service sets with {@code setMaxRows} is not part of the SQL text, so it is
 * added as {@code LIMIT n} and said so in the output.
 */
public final class SqlCapture implements StatementCustomizer {
    /** One statement the service sent. */
    public record Captured(String sql, int maxRows) {
    }

    private final AtomicBoolean on = new AtomicBoolean();
    private final List<Captured> captured = new ArrayList<>();

    /** A capture installed on {@code jdbi} (idle until {@link #recording}). */
    public static SqlCapture on(Jdbi jdbi) {
        SqlCapture capture = new SqlCapture();
        jdbi.getConfig(SqlStatements.class).addCustomizer(capture);
        return capture;
    }

    @Override
    public void afterExecution(PreparedStatement stmt, StatementContext ctx) throws SQLException {
        if (on.get()) {
            String sql = stmt.unwrap(PGStatement.class).toString();
            synchronized (captured) {
                captured.add(new Captured(sql, stmt.getMaxRows()));
            }
        }
    }

    /** Runs {@code call} once and returns the statements it sent, in order. */
    public List<Captured> recording(Runnable call) {
        synchronized (captured) {
            captured.clear();
        }
        on.set(true);
        try {
            call.run();
        } finally {
            on.set(false);
        }
        synchronized (captured) {
            return List.copyOf(captured);
        }
    }

    /**
     * {@code EXPLAIN (ANALYZE, BUFFERS)} of each statement, in a transaction that is rolled back (an explained
     * UPDATE really runs). An INSERT is explained without ANALYZE: run again it would clash on the unique key
     * with the row the service just wrote.
     */
    public static String explain(DataSource ds, List<Captured> statements) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (Captured q : statements) {
                    explainOne(s, q, text);
                }
            } finally {
                c.rollback();
            }
        }
        return text.toString();
    }

    private static void explainOne(Statement s, Captured q, StringBuilder text) throws SQLException {
        boolean insert = q.sql().stripLeading().regionMatches(true, 0, "INSERT", 0, 6);
        String sql = q.maxRows() > 0 ? q.sql() + " LIMIT " + q.maxRows() : q.sql();
        text.append("-- ").append(q.sql().replace('\n', ' ')).append('\n');
        if (q.maxRows() > 0) {
            text.append("-- (the service fetches ").append(q.maxRows())
                    .append(" rows with setMaxRows; explained with that LIMIT)\n");
        }
        if (insert) {
            text.append("-- (INSERT: plan only, see above)\n");
        }
        try (ResultSet rs = s.executeQuery((insert ? "EXPLAIN " : "EXPLAIN (ANALYZE, BUFFERS) ") + sql)) {
            while (rs.next()) {
                text.append(rs.getString(1)).append('\n');
            }
        }
        text.append('\n');
    }
}
