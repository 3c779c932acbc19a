package io.wxkit.spring.modules;

import io.wxkit.modules.common.ModuleDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** A fresh in-memory H2 database per test, and a look at which module tables it holds. */
final class ModuleTestDb {
    private static final AtomicInteger SEQ = new AtomicInteger();

    private ModuleTestDb() {
    }

    static DataSource fresh() {
        return ModuleDatabase.h2InMemory("modweb" + System.nanoTime() % 1_000_000 + "x" + SEQ.incrementAndGet());
    }

    /** Whether {@code table} exists, whatever case the migration tool gave its name. */
    static boolean hasTable(DataSource ds, String table) {
        try (Connection c = ds.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    return true;
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
