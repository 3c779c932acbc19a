package io.wxkit.benchmarks.scale;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Loads generated rows by PostgreSQL COPY (pgjdbc's {@link CopyManager}), resumably: rows go in batches, each
 * batch one transaction that also records how far the data set got in {@code wxkit_scale_progress}. A run
 * that stops (crash, Ctrl-C) loses at most the open batch, and the next run continues from the recorded
 * row, so re-running never doubles the data. Row {@code i} must be a function of {@code i} alone (see
 * {@link Mix}) for a resumed load to equal an uninterrupted one.
 */
public final class CopyLoader {
    /** Writes row {@code i} (1-based) in COPY text format, ending with a newline. */
    @FunctionalInterface
    public interface Rows {
        void append(long i, StringBuilder out);
    }

    /** One table a data set fills: its {@code COPY .. FROM STDIN} statement and its row writer. */
    public record Table(String copySql, Rows rows) {
    }

    private static final int FLUSH_CHARS = 4 << 20;
    private final DataSource dataSource;
    private final int batch;

    /** A loader committing every {@code batch} rows; creates the progress table if missing. */
    public CopyLoader(DataSource dataSource, int batch) throws SQLException {
        this.dataSource = dataSource;
        this.batch = batch;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS wxkit_scale_progress (dataset VARCHAR(64) PRIMARY KEY,"
                    + " loaded BIGINT NOT NULL)");
        }
    }

    /** How many rows of {@code dataset} are committed. */
    public long loaded(String dataset) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT loaded FROM wxkit_scale_progress WHERE dataset = ?")) {
            p.setString(1, dataset);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /**
     * Adds rows {@code loaded+1 .. target} of {@code dataset} to every table (row {@code i} of each table in
     * the same transaction), printing progress; does nothing when the data set already holds {@code target}.
     *
     * @return the rows added
     */
    public long loadUpTo(String dataset, long target, List<Table> tables) throws SQLException {
        long from = loaded(dataset);
        long start = System.nanoTime();
        long next = from;
        long printed = from;
        while (next < target) {
            long end = Math.min(target, next + batch);
            copyBatch(dataset, next + 1, end, tables);
            next = end;
            if (next - printed >= 1_000_000 || next == target) {
                double s = (System.nanoTime() - start) / 1e9;
                System.out.printf("  %s: %,d rows committed (%.0f s, %,.0f rows/s)%n", dataset, next, s,
                        (next - from) / Math.max(s, 0.001));
                printed = next;
            }
        }
        return next - from;
    }

    private void copyBatch(String dataset, long first, long last, List<Table> tables) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (Table t : tables) {
                    copyRows(copy, t, first, last);
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO wxkit_scale_progress (dataset, loaded)"
                        + " VALUES (?, ?) ON CONFLICT (dataset) DO UPDATE SET loaded = EXCLUDED.loaded")) {
                    p.setString(1, dataset);
                    p.setLong(2, last);
                    p.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void copyRows(CopyManager copy, Table table, long first, long last) throws SQLException {
        CopyIn in = copy.copyIn(table.copySql());
        try {
            StringBuilder rows = new StringBuilder(FLUSH_CHARS + 4096);
            for (long i = first; i <= last; i++) {
                table.rows().append(i, rows);
                if (rows.length() >= FLUSH_CHARS) {
                    write(in, rows);
                }
            }
            write(in, rows);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static void write(CopyIn in, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    /**
     * {@code VACUUM (ANALYZE)} of each table: what autovacuum does to an insert-only table in time. Until a
     * table is vacuumed its visibility map is empty, every index-only scan still reads the heap, and the
     * planner prices covering indexes accordingly.
     */
    public void vacuumAnalyze(String... tables) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String t : tables) {
                s.execute("VACUUM (ANALYZE) " + t);
            }
        }
    }

    /** Runs {@code ANALYZE} on each table so the planner sees the new size before anything is measured. */
    public void analyze(String... tables) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String t : tables) {
                s.execute("ANALYZE " + t);
            }
        }
    }

    /** Where the ids the services assign begin: generated rows take ids 1..n, the services' own rows come after. */
    public static final long SERVICE_IDS = 1_000_000_000_000L;

    /**
     * Moves the identity sequence of {@code table.id} to {@link #SERVICE_IDS} (or past the services' rows
     * already there), so loads can keep writing explicit ids 1..n that never meet a row a service wrote.
     */
    public void reserveIds(String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), GREATEST(" + SERVICE_IDS
                    + ", (SELECT COALESCE(MAX(id), 0) FROM " + table + " WHERE id >= " + SERVICE_IDS + ")))");
        }
    }

    /** Runs one maintenance statement (counter recount and the like). */
    public void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Convenience for a data set of one table. */
    public long loadUpTo(String dataset, long target, String copySql, Rows rows) throws SQLException {
        List<Table> one = new ArrayList<>(1);
        one.add(new Table(copySql, rows));
        return loadUpTo(dataset, target, one);
    }
}
