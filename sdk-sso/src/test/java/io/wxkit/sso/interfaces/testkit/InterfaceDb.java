package io.wxkit.sso.interfaces.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the business-interface tests run on: H2 in memory, and the machine's PostgreSQL and MariaDB,
 * all in the database {@value #NAME} (created when missing). PostgreSQL or MariaDB not answering fails the
 * test under {@code CI=true} and skips it otherwise.
 */
public enum InterfaceDb {
    H2, POSTGRES, MARIADB;

    /** The suite's own database name (no other module uses it). */
    public static final String NAME = "wxkit_bizif";

    private static final List<String> TABLES = List.of("sso_interface_version", "sso_interface", "sso_audit",
            "sso_session", "sso_binding", "sso_client");

    /** A pooled data source on the suite's database; {@code h2Suffix} keeps H2 databases of two tests apart. */
    public HikariDataSource open(String h2Suffix) {
        HikariConfig c = new HikariConfig();
        c.setMaximumPoolSize(20);
        c.setPoolName("bizif-" + name() + "-" + h2Suffix);
        switch (this) {
            case H2 -> c.setJdbcUrl("jdbc:h2:mem:" + NAME + "_" + h2Suffix + ";DB_CLOSE_DELAY=-1");
            case POSTGRES -> {
                create("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "CREATE DATABASE " + NAME,
                        "SELECT 1 FROM pg_database WHERE datname = '" + NAME + "'");
                c.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/" + NAME);
                c.setUsername("postgres");
            }
            case MARIADB -> {
                create("jdbc:mariadb://127.0.0.1:3306/test", "root",
                        "CREATE DATABASE IF NOT EXISTS " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin", null);
                c.setJdbcUrl("jdbc:mariadb://127.0.0.1:3306/" + NAME);
                c.setUsername("root");
            }
        }
        return new HikariDataSource(c);
    }

    /** Empties the SSO and interface tables (schema and revision row stay). */
    public static void clean(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String t : TABLES) {
                s.executeUpdate("DELETE FROM " + t);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void create(String url, String user, String create, String exists) {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
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
                if (!"42P04".equals(e.getSQLState())) {
                    throw e;
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
