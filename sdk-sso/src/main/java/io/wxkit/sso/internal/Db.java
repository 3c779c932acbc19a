package io.wxkit.sso.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Schema migration and the one question every store asks the database: was that a unique-key clash? */
public final class Db {
    static final String HISTORY_TABLE = "wxkit_sso_schema_history";

    private Db() {
    }

    /**
     * Migrates the SSO schema (own history table {@value #HISTORY_TABLE}) and returns a {@link Jdbi} on
     * {@code dataSource}. MariaDB/MySQL get one extra migration (binary collation).
     */
    public static Jdbi migrate(DataSource dataSource) {
        String[] locations = isMysqlFamily(dataSource)
                ? new String[] {"classpath:io/wxkit/sso/db/common", "classpath:io/wxkit/sso/db/mysql"}
                : new String[] {"classpath:io/wxkit/sso/db/common"};
        Flyway.configure().dataSource(dataSource).table(HISTORY_TABLE).locations(locations)
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        return Jdbi.create(dataSource);
    }

    private static boolean isMysqlFamily(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("mariadb") || product.contains("mysql");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the SSO database", e);
        }
    }

    /** Whether {@code e} is a unique or primary key violation (SQLState class 23, MySQL 1062). */
    public static boolean isDuplicateKey(UnableToExecuteStatementException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                String state = s.getSQLState();
                if ("23505".equals(state) || s.getErrorCode() == 1062
                        || ("23000".equals(state) && s.getErrorCode() == 1062)) {
                    return true;
                }
            }
        }
        return false;
    }
}
