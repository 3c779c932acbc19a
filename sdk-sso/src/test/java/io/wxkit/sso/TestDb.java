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
enum TestDb {
    H2, POSTGRES, MARIADB;

    static final List<String> TABLES = List.of("sso_audit", "sso_session", "sso_binding", "sso_client");

    /** A pooled data source on database {@code name} (created if missing). */
    HikariDataSource open(String name) {
        HikariConfig c = new HikariConfig();
        c.setMaximumPoolSize(16);
        c.setPoolName("sso-test-" + name);
        switch (this) {
            case H2 -> c.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
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
    static void clean(javax.sql.DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String t : TABLES) {
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
