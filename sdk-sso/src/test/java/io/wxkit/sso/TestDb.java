package io.wxkit.sso;

import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the SSO tests run on: H2 in memory (always), and the machine's PostgreSQL and MariaDB
 * (127.0.0.1, trust auth / root without password). Each test class uses its own database, created when
 * missing (CI starts with only {@code test}); tables are emptied between tests with {@link #clean}.
 * When PostgreSQL or MariaDB does not answer, the test fails under {@code CI=true} and is skipped otherwise.
 */
public enum TestDb {
    H2, POSTGRES, MARIADB;

    static final List<String> TABLES = List.of("sso_audit", "sso_session", "sso_binding", "sso_client");

    /** A pooled data source on database {@code name} (created if missing). */
    public HikariDataSource open(String name) {
        return open(name, name, 16);
    }

    /**
     * A pool of {@code poolSize} on database {@code name} (created if missing); on H2, the in-memory
     * database {@code h2Name}, so that two tests sharing a server database still get H2 databases apart.
     */
    public HikariDataSource open(String name, String h2Name, int poolSize) {
        HikariConfig c = new HikariConfig();
        c.setMaximumPoolSize(poolSize);
        c.setPoolName("sso-test-" + name);
        switch (this) {
            case H2 -> c.setJdbcUrl("jdbc:h2:mem:" + h2Name + ";DB_CLOSE_DELAY=-1");
            case POSTGRES -> {
                create("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "CREATE DATABASE " + name,
                        "SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
                c.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/" + name);
                c.setUsername("postgres");
            }
            case MARIADB -> {
                create("jdbc:mariadb://127.0.0.1:3306/test", "root",
                        "CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin", null);
                c.setJdbcUrl("jdbc:mariadb://127.0.0.1:3306/" + name);
                c.setUsername("root");
            }
        }
        return new HikariDataSource(c);
    }

    /** Empties the SSO tables (the schema stays). */
    public static void clean(javax.sql.DataSource ds) {
        clean(ds, TABLES);
    }

    /** Empties {@code tables}, in that order (children before the tables they point to). */
    public static void clean(javax.sql.DataSource ds, List<String> tables) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String t : tables) {
                s.executeUpdate("DELETE FROM " + t);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void create(String url, String user, String create, String exists) {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            try (Statement s = c.createStatement()) {
                if (exists != null) {
                    try (ResultSet rs = s.executeQuery(exists)) {
                        if (rs.next()) {
                            return;
                        }
                    }
                }
                try {
                    s.executeUpdate(create);
                } catch (SQLException e) {
                    if (!"42P04".equals(e.getSQLState())) { // created meanwhile by a parallel run
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            String message = "database not reachable at " + url + " (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (CI=true: integration tests must run)");
            }
            Assumptions.abort(message);
        }
    }
}
