package io.wxkit.examples.twoinstances;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.wxkit.examples.ExamplesApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two examples apps on PostgreSQL database {@code exuser_two} and Redis prefix {@code exuser-two:}, started at
 * the same time as docs/guide/examples.md describes: A with the embedded emulator, B with
 * {@code examples.emulator.enabled=false} joining A's emulator, one data directory, one public URL (A's).
 */
final class TwoInstances implements AutoCloseable {
    static final String DATABASE = "exuser_two";
    static final String REDIS_PREFIX = "exuser-two:";
    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";

    final int portA = freePort();
    final int portB = freePort();
    final int emulatorPort = freePort();
    final ConfigurableApplicationContext a;
    final ConfigurableApplicationContext b;

    private TwoInstances(Path dataDir) {
        CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() -> start(
                "server.port=" + portA, "examples.emulator.port=" + emulatorPort, "examples.data-dir=" + dataDir));
        CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() -> start(
                "server.port=" + portB, "examples.emulator.enabled=false",
                "examples.emulator.url=http://127.0.0.1:" + emulatorPort, "examples.data-dir=" + dataDir,
                "examples.public-base-url=http://127.0.0.1:" + portA, "examples.emulator.join-timeout-seconds=90"));
        ConfigurableApplicationContext ca = null;
        ConfigurableApplicationContext cb = null;
        try {
            ca = first.join();
            cb = second.join();
        } finally {
            if (cb == null) {
                closeQuietly(ca);
                closeQuietly(second.getNow(null));
            }
        }
        this.a = ca;
        this.b = cb;
    }

    /** A fresh database, Redis prefix and data directory, then both instances. */
    static TwoInstances start() {
        resetDatabase();
        resetRedis();
        Path dataDir = Path.of("target", "exuser-two-data");
        deleteTree(dataDir);
        return new TwoInstances(dataDir);
    }

    String urlA() {
        return "http://127.0.0.1:" + portA;
    }

    String urlB() {
        return "http://127.0.0.1:" + portB;
    }

    /** One instance; its settings as command-line arguments, which win over application*.yml like a person's. */
    private static ConfigurableApplicationContext start(String... properties) {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=postgres,redis",
                "--spring.datasource.url=" + PG + DATABASE, "--spring.datasource.username=postgres",
                "--wxkit.redis.key-prefix=" + REDIS_PREFIX));
        for (String p : properties) {
            args.add("--" + p);
        }
        return new SpringApplicationBuilder(ExamplesApplication.class).run(args.toArray(String[]::new));
    }

    private static void resetDatabase() {
        try (Connection c = DriverManager.getConnection(PG + "test", "postgres", "");
             Statement s = c.createStatement()) {
            boolean exists = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'").next();
            if (!exists) {
                s.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + DATABASE, e);
        }
        try (Connection c = DriverManager.getConnection(PG + DATABASE, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty database " + DATABASE, e);
        }
    }

    private static void resetRedis() {
        RedisClient client = RedisClient.create("redis://127.0.0.1:6379");
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            List<String> keys = c.sync().keys(REDIS_PREFIX + "*");
            if (!keys.isEmpty()) {
                c.sync().del(keys.toArray(String[]::new));
            }
        } finally {
            client.shutdown();
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(ConfigurableApplicationContext c) {
        if (c != null) {
            c.close();
        }
    }

    @Override
    public void close() {
        closeQuietly(b);
        closeQuietly(a);
    }
}
