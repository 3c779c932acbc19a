package io.wxkit.redis;

import static org.junit.jupiter.api.Assertions.fail;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Assumptions;

/**
 * The Redis the integration tests run against (127.0.0.1:6379, or {@code WXKIT_REDIS_HOST}/
 * {@code WXKIT_REDIS_PORT}), shared with other test runs: every test works under its own random key
 * prefix and deletes its keys afterwards.
 *
 * <p>When Redis does not answer, the test fails if {@code CI=true} and is skipped with a message
 * otherwise.
 */
final class RealRedis implements AutoCloseable {
    final String host;
    final int port;
    final String prefix;
    final RedisClient client;
    private final StatefulRedisConnection<String, String> raw;

    private RealRedis(String host, int port) {
        this.host = host;
        this.port = port;
        this.prefix = "wxkit-test:" + HexFormat.of().formatHex(randomBytes(6)) + ":";
        this.client = RedisClient.create(uri());
        this.raw = client.connect();
    }

    /** Connects to the test Redis, or fails (CI) / skips (elsewhere) when it is not there. */
    static RealRedis connect() {
        String host = System.getenv().getOrDefault("WXKIT_REDIS_HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("WXKIT_REDIS_PORT", "6379"));
        if (!answers(host, port)) {
            String message = "Redis is not reachable at " + host + ":" + port + "; start it (redis-server --save '')"
                    + " to run the sdk-redis integration tests";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (CI=true: integration tests must run)");
            }
            Assumptions.abort(message);
        }
        return new RealRedis(host, port);
    }

    RedisURI uri() {
        return RedisURI.Builder.redis(host, port).withTimeout(Duration.ofSeconds(5)).build();
    }

    /** Plain commands on the same Redis, for looking behind a store's back. */
    RedisCommands<String, String> raw() {
        return raw.sync();
    }

    /** Stores under this test's prefix, on a connection from the shared test client. */
    RedisStores.Builder stores() {
        return RedisStores.builder(client).keyPrefix(prefix);
    }

    @Override
    public void close() {
        try {
            ScanCursor cursor = ScanCursor.INITIAL;
            do {
                KeyScanCursor<String> page = raw().scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(500));
                if (!page.getKeys().isEmpty()) {
                    raw().del(page.getKeys().toArray(String[]::new));
                }
                cursor = page;
            } while (!cursor.isFinished());
        } finally {
            client.shutdown();
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private static boolean answers(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
