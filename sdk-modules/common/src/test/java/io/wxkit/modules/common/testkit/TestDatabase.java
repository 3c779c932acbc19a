package io.wxkit.modules.common.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.modules.common.ModuleDatabase;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases module tests run on: H2 in memory, and the machine's PostgreSQL (127.0.0.1:5432, user
 * {@code postgres}, or {@code WXKIT_TEST_PG_HOST}/{@code _PORT}/{@code _USER}) and MariaDB (127.0.0.1:3306,
 * user {@code root}, or {@code WXKIT_TEST_MARIADB_HOST}/{@code _PORT}/{@code _USER}). Each suite gets its own
 * database (e.g. {@code wxkit_vote}), dropped and created afresh when the suite starts, because CI starts
 * from a machine that only has {@code test}.
 *
 * <p>A missing PostgreSQL or MariaDB fails the test under {@code CI=true} and skips it with a message
 * elsewhere.
 */
public enum TestDatabase {
    H2, POSTGRESQL, MARIADB;

    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");

    /**
     * A fresh, empty database {@code name} on this server and a pool of {@code poolSize} connections to it.
     */
    public HikariDataSource fresh(String name, int poolSize) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad database name " + name);
        }
        return switch (this) {
            case H2 -> ModuleDatabase.pool("jdbc:h2:mem:" + name + System.nanoTime()
                    + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000", "sa", "", poolSize);
            case POSTGRESQL -> {
                String host = env("WXKIT_TEST_PG_HOST", "127.0.0.1");
                int port = Integer.parseInt(env("WXKIT_TEST_PG_PORT", "5432"));
                String user = env("WXKIT_TEST_PG_USER", "postgres");
                requireReachable("PostgreSQL", host, port);
                String base = "jdbc:postgresql://" + host + ":" + port + "/";
                execute(base + "test", user, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "CREATE DATABASE " + name);
                yield ModuleDatabase.pool(base + name, user, "", poolSize);
            }
            case MARIADB -> {
                String host = env("WXKIT_TEST_MARIADB_HOST", "127.0.0.1");
                int port = Integer.parseInt(env("WXKIT_TEST_MARIADB_PORT", "3306"));
                String user = env("WXKIT_TEST_MARIADB_USER", "root");
                requireReachable("MariaDB", host, port);
                String base = "jdbc:mariadb://" + host + ":" + port + "/";
                execute(base + "test", user, "DROP DATABASE IF EXISTS " + name, "CREATE DATABASE " + name
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                yield ModuleDatabase.pool(base + name, user, "", poolSize);
            }
        };
    }

    private static void execute(String url, String user, String... statements) {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database at " + URI.create(url.substring(5)).getHost(), e);
        }
    }

    private static void requireReachable(String what, String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 1000);
        } catch (IOException e) {
            String message = what + " is not reachable at " + host + ":" + port + "; start it to run the module race tests";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (CI=true: integration tests must run)");
            }
            Assumptions.abort(message);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? fallback : v;
    }
}
