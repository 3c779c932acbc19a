package io.wxkit.benchmarks.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What is checked after a run, against the database the app wrote (every accepted vote counted once, prizes
 * never over stock, ...) or the driver's own counts. A check sees the run's report.
 */
@FunctionalInterface
public interface PostRunCheck {
    Outcome check(LoadReport report) throws Exception;

    /** Several checks from one look at the database. */
    @FunctionalInterface
    interface Many {
        java.util.List<Outcome> checks(LoadReport report) throws Exception;
    }

    /** A check's verdict. */
    record Outcome(String name, boolean holds, String detail) {
    }

    /**
     * A check by one SQL query that returns a single row: its first column must be {@code true} (or 0
     * violations when it is a number: {@code SELECT COUNT(*) FROM ... WHERE <broken>}).
     */
    static PostRunCheck sql(String name, String jdbcUrl, String user, String query) {
        return report -> {
            try (Connection c = DriverManager.getConnection(jdbcUrl, user, "");
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
                if (!rs.next()) {
                    return new Outcome(name, false, "no row from " + query);
                }
                Object v = rs.getObject(1);
                boolean ok = v instanceof Boolean b ? b : v instanceof Number n && n.longValue() == 0;
                return new Outcome(name, ok, query + " -> " + v);
            } catch (SQLException e) {
                return new Outcome(name, false, "query failed: " + e.getMessage());
            }
        };
    }
}
