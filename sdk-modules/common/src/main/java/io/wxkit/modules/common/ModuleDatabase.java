package io.wxkit.modules.common;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Database bootstrap for the modules: a HikariCP pool (H2 in memory or on disk by default, PostgreSQL or
 * MariaDB in production) and each module's Flyway migrations, with one history table per module
 * ({@code wxkit_<module>_schema_history}) so that every module installs, upgrades and uninstalls alone.
 *
 * <pre>{@code
 * DataSource ds = ModuleDatabase.pool("jdbc:postgresql://127.0.0.1:5432/app", "app", password, 20);
 * ModuleDatabase.migrate(ds, "vote");   // classpath:db/wxkit/vote, history in wxkit_vote_schema_history
 * }</pre>
 *
 * <p>The migration scripts are the same file on every database; the one thing SQL spells differently
 * (an identity column) comes in as the Flyway placeholder {@code ${identity}}.
 */
public final class ModuleDatabase {
    static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9]{0,30}");

    private ModuleDatabase() {
    }

    /**
     * A pool on an in-memory H2 database named {@code name} that lives as long as the pool (the embedded
     * default, for trying things out and for tests). The pool holds up to 10 connections, and a writer
     * waits up to 10 s for a row lock instead of H2's 1 s default.
     *
     * @param name the database name, 1-31 characters of {@code [a-z0-9]} starting with a letter; pools of the
     *             same name in one JVM share the database
     * @return a started pool; close it to drop the database
     * @throws IllegalArgumentException if {@code name} is malformed
     * @throws NullPointerException     if {@code name} is null
     */
    public static HikariDataSource h2InMemory(String name) {
        if (!MODULE.matcher(name).matches()) {
            throw new IllegalArgumentException("H2 database name must match " + MODULE + ", got " + Untrusted.clip(name));
        }
        // LOCK_TIMEOUT: H2's 1 s default is too short for hundreds of writers queueing on one hot row
        return pool("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "", 10);
    }

    /**
     * A HikariCP pool of at most {@code maxSize} connections, named {@code wxkit-modules}. The JDBC driver of
     * the URL must be on the class path (the module ships H2 only).
     *
     * @param jdbcUrl  the database URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/app}
     * @param user     the database user, or {@code null} when the URL carries it
     * @param password the user's password, or {@code null}
     * @param maxSize  the most connections the pool opens, at least 1
     * @return a started pool; close it on shutdown
     * @throws IllegalArgumentException if {@code maxSize} is not positive
     * @throws NullPointerException     if {@code jdbcUrl} is null
     * @throws RuntimeException         HikariCP's {@code PoolInitializationException} when the database cannot
     *                                  be reached
     */
    public static HikariDataSource pool(String jdbcUrl, String user, String password, int maxSize) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize must be positive");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(Objects.requireNonNull(jdbcUrl, "jdbcUrl"));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maxSize);
        config.setPoolName("wxkit-modules");
        return new HikariDataSource(config);
    }

    /**
     * Applies the pending migrations of {@code module} from {@code classpath:db/wxkit/<module>}, recording
     * them in {@code wxkit_<module>_schema_history}. Idempotent: applied migrations are not run again.
     *
     * @param dataSource the database to migrate
     * @param module     the module name ({@code vote}, {@code lottery}, ...), 1-31 characters of {@code [a-z0-9]}
     *                   starting with a letter
     * @throws NullPointerException     if {@code module} is null
     * @throws IllegalStateException    if the database cannot be reached
     * @throws IllegalArgumentException if {@code module} is not a lower-case name
     * @throws org.flywaydb.core.api.FlywayException if a migration fails (the history table says which)
     */
    public static void migrate(DataSource dataSource, String module) {
        if (!MODULE.matcher(Objects.requireNonNull(module, "module")).matches()) {
            throw new IllegalArgumentException("module name must match " + MODULE + ", got " + Untrusted.clip(module));
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/wxkit/" + module)
                .table("wxkit_" + module + "_schema_history")
                // the schema already holds other modules' tables: start this module's history from scratch
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .placeholders(Map.of("identity", identityColumn(dataSource)))
                .load()
                .migrate();
    }

    static String identityColumn(DataSource dataSource) {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the module database", e);
        }
        if (product.contains("mariadb") || product.contains("mysql")) {
            return "BIGINT AUTO_INCREMENT PRIMARY KEY";
        }
        return "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
    }
}
