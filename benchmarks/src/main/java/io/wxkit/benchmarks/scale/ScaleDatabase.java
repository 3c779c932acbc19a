package io.wxkit.benchmarks.scale;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.modules.common.ModuleDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** The benchmark databases on the local PostgreSQL (127.0.0.1:5432, trust, user {@code postgres}). */
public final class ScaleDatabase {
    public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final Pattern NAME = Pattern.compile("wxkit_[a-z0-9_]{1,40}");

    private ScaleDatabase() {
    }

    /** Creates {@code name} when it does not exist yet; an existing one keeps its data (loads resume). */
    public static void createIfMissing(String name) throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + checked(name) + "'")) {
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + name);
            }
        }
    }

    /** Drops and creates {@code name}: for benchmarks that always start empty. */
    public static void recreate(String name) throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + checked(name) + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
    }

    /** A HikariCP pool on {@code name}. */
    public static HikariDataSource pool(String name, int size) {
        return ModuleDatabase.pool(SERVER + checked(name), "postgres", "", size);
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(SERVER + "postgres", "postgres", "");
    }

    // the name goes into DDL, which cannot take a bind parameter
    private static String checked(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("benchmark database names are wxkit_[a-z0-9_]+, got " + name);
        }
        return name;
    }
}
