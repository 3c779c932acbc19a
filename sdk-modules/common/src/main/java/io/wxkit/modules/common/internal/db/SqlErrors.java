package io.wxkit.modules.common.internal.db;

import java.sql.SQLException;

/**
 * Classifies database errors the same way on H2, PostgreSQL and MariaDB, so the modules can turn a unique
 * key violation into "already done" and retry a transaction a deadlock or lock timeout aborted.
 */
public final class SqlErrors {
    private SqlErrors() {
    }

    /**
     * Whether {@code error} (or a cause) is a unique or primary key violation: SQLState {@code 23505}
     * (PostgreSQL, H2) or MariaDB's error 1062.
     */
    public static boolean isUniqueViolation(Throwable error) {
        for (SQLException e : chain(error)) {
            if ("23505".equals(e.getSQLState()) || e.getErrorCode() == 1062) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code error} is a transient concurrency failure a retry of the whole transaction cures:
     * serialization failure or deadlock (SQLState {@code 40001}, {@code 40P01}; MariaDB 1213), or a lock
     * wait timeout (MariaDB 1205, H2 {@code HYT00}).
     */
    public static boolean isTransient(Throwable error) {
        for (SQLException e : chain(error)) {
            String state = e.getSQLState();
            if ("40001".equals(state) || "40P01".equals(state) || "HYT00".equals(state)
                    || e.getErrorCode() == 1213 || e.getErrorCode() == 1205) {
                return true;
            }
        }
        return false;
    }

    private static Iterable<SQLException> chain(Throwable error) {
        java.util.List<SQLException> found = new java.util.ArrayList<>();
        for (Throwable t = error; t != null && found.size() < 16; t = t.getCause()) {
            if (t instanceof SQLException s) {
                found.add(s);
                if (s.getNextException() != null) {
                    found.add(s.getNextException());
                }
            }
        }
        return found;
    }
}
