package io.wxkit.spring.modules;

import javax.sql.DataSource;

/** A fresh H2 database for tests outside this package. */
public final class ModuleWebTestsDb {

    private ModuleWebTestsDb() {
    }

    public static DataSource fresh() {
        return ModuleTestDb.fresh();
    }
}
