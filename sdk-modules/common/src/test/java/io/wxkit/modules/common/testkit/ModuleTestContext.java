package io.wxkit.modules.common.testkit;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.RateLimits;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;

/** A module context on a fresh H2 database with a hand-moved clock; close it to drop the database. */
public final class ModuleTestContext implements AutoCloseable {
    public static final Instant START = Instant.parse("2026-12-01T02:00:00Z"); // 10:00 in Shanghai
    public final MutableClock clock = new MutableClock(START);
    public final HikariDataSource dataSource;
    private final ModuleContext.Builder builder;

    public ModuleTestContext(String name) {
        this.dataSource = TestDatabase.H2.fresh(name, 10);
        this.builder = ModuleContext.builder(dataSource).clock(clock).rateLimits(RateLimits.perMinute(1000, 10_000));
    }

    /** The builder, to add hooks before {@link #build()}. */
    public ModuleContext.Builder builder() {
        return builder;
    }

    public ModuleContext build() {
        return builder.build();
    }

    /** A SecureRandom whose output depends only on {@code seed} (SHA1PRNG seeded before first use). */
    public static SecureRandom seeded(long seed) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(seed);
            return r;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
