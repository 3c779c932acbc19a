package io.wxkit.examples.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, makes the database part of a start one instance at a time: from the moment the app's
 * {@code dataSource} exists (before any schema statement, Flyway migration or demo seed) until the app is ready
 * (after the {@link DemoSeeder}), the instance holds a session-level advisory lock on a connection of its own.
 *
 * <p>Why: two instances started together against one database (docs/guide/examples.md, two instances) would
 * otherwise race. Flyway takes its own lock per migration run, but the examples' {@code CREATE TABLE IF NOT EXISTS}
 * statements are not atomic on PostgreSQL (two at once can fail on the catalog's unique index), and the demo seeds
 * must run once: with the lock the first instance creates and seeds, the second then sees the tables and the
 * {@code examples_demo_seed} rows and skips. A lock, not timing. H2 (one process per file) needs none.
 */
@Component
class StartupLock implements BeanPostProcessor, ApplicationListener<ApplicationEvent> {
    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    /** The advisory lock key: "wxkitex1" in ASCII, unlikely to meet another application's key. */
    static final long KEY = 0x77786b6974657831L;

    private Connection held;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && "dataSource".equals(beanName) && held == null) {
            acquire(ds);
        }
        return bean;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationReadyEvent || event instanceof ContextClosedEvent) {
            release();
        }
    }

    private synchronized void acquire(DataSource ds) {
        try {
            Connection c = ds.getConnection();
            if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                c.close();
                return;
            }
            long start = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_lock(" + KEY + ")");
            }
            long waited = (System.nanoTime() - start) / 1_000_000;
            if (waited > 100) {
                log.info("waited {} ms for another instance to finish starting on this database", waited);
            }
            held = c;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the start-up lock on the database: " + e.getMessage(), e);
        }
    }

    private synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection c = held; Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            // closing the connection ends the session, which releases the lock anyway
            log.debug("start-up lock released by closing its connection: {}", e.getMessage());
        } finally {
            held = null;
        }
    }
}
