package io.wxkit.sso.interfaces.testkit;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.sso.TestDb;
import java.util.List;
import javax.sql.DataSource;

/**
 * The databases the business-interface tests run on: H2 in memory, and the machine's PostgreSQL and MariaDB,
 * all in the database {@value #NAME}, opened through the SSO suite's {@link TestDb} (created when missing;
 * PostgreSQL or MariaDB not answering fails the test under {@code CI=true} and skips it otherwise).
 */
public enum InterfaceDb {
    H2, POSTGRES, MARIADB;

    /** The suite's own database name (no other module uses it). */
    public static final String NAME = "wxkit_bizif";

    private static final List<String> TABLES = List.of("sso_interface_version", "sso_interface", "sso_audit",
            "sso_session", "sso_binding", "sso_client");

    /** A pooled data source on the suite's database; {@code h2Suffix} keeps H2 databases of two tests apart. */
    public HikariDataSource open(String h2Suffix) {
        return server().open(NAME, NAME + "_" + h2Suffix, 20);
    }

    /** Empties the SSO and interface tables (schema and revision row stay). */
    public static void clean(DataSource ds) {
        TestDb.clean(ds, TABLES);
    }

    private TestDb server() {
        return switch (this) {
            case H2 -> TestDb.H2;
            case POSTGRES -> TestDb.POSTGRES;
            case MARIADB -> TestDb.MARIADB;
        };
    }
}
