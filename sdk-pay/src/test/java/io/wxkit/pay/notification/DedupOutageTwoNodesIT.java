package io.wxkit.pay.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.wxkit.pay.PayTestKit;
import io.wxkit.pay.WxPay;
import io.wxkit.redis.RedisFallback;
import io.wxkit.redis.RedisStores;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes (each its own Redis connection, store and deduplicator) share a real {@code redis-server}
 * this test starts on a free port, stops mid-test and starts again: payment notifications are handled
 * exactly once, and while Redis is down both nodes answer WeChat Pay with a failure (fail closed, even
 * though the stores' {@code dedupFallback} is the fail-open {@code LOCAL}).
 */
class DedupOutageTwoNodesIT {
    private static final String REDIS_SERVER = "/usr/bin/redis-server";
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @StartStop
    final MockWebServer server = new MockWebServer();
    final PayTestKit kit = new PayTestKit();
    final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
    final List<RedisClient> clients = new ArrayList<>();
    final List<RedisStores> stores = new ArrayList<>();
    int port;
    Process redis;

    @BeforeEach
    void startRedis() throws Exception {
        if (!new File(REDIS_SERVER).canExecute()) {
            String message = REDIS_SERVER + " is missing: cannot start a private Redis";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (CI=true: integration tests must run)");
            }
            Assumptions.abort(message);
        }
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        redis = startRedisServer();
    }

    @AfterEach
    void stop() {
        stores.forEach(RedisStores::close);
        clients.forEach(RedisClient::shutdown);
        if (redis != null) {
            redis.destroyForcibly();
        }
    }

    private Process startRedisServer() throws IOException {
        Process p = new ProcessBuilder(REDIS_SERVER, "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        await("redis-server accepts connections on " + port, () -> {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException e) {
                return false;
            }
        });
        return p;
    }

    private NotificationDeduplicator node() {
        RedisClient client = RedisClient.create(RedisURI.Builder.redis("127.0.0.1", port).build());
        clients.add(client);
        RedisStores s = RedisStores.builder(client).keyPrefix("wxkit-pay-outage-it:")
                .commandTimeout(Duration.ofMillis(300)).dedupFallback(RedisFallback.LOCAL).build();
        stores.add(s);
        return NotificationDeduplicator.create(s.dedupStore());
    }

    private PaymentNotification payment(WxPay pay, String id) {
        String body = kit.notificationBody(id, "TRANSACTION.SUCCESS", "transaction", PayTestKit.TRANSACTION_JSON);
        return pay.notifications().parsePayment(kit.notificationHeaders(body), body);
    }

    private NotificationAnswer deliver(NotificationDeduplicator node, PaymentNotification n) {
        return node.handle(n, p -> handled.computeIfAbsent(p.id(), k -> new AtomicInteger()).incrementAndGet());
    }

    private int handledCount(String id) {
        AtomicInteger n = handled.get(id);
        return n == null ? 0 : n.get();
    }

    @Test
    void paymentNotificationsAreHandledOnceAndRefusedWhileRedisIsDown() throws Exception {
        NotificationDeduplicator a = node();
        NotificationDeduplicator b = node();
        try (WxPay pay = kit.builder(server).build()) {
            PaymentNotification before = payment(pay, "EV-BEFORE");
            assertThat(deliver(a, before).isSuccess()).isTrue();
            assertThat(deliver(b, before).isSuccess()).as("redelivered to the other node: already done").isTrue();
            assertThat(handledCount("EV-BEFORE")).isEqualTo(1);

            redis.destroy();
            assertThat(redis.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            PaymentNotification during = payment(pay, "EV-DURING");
            for (int i = 0; i < 3; i++) {
                assertThat(deliver(a, during).isSuccess()).as("node A during the outage").isFalse();
                assertThat(deliver(b, during).isSuccess()).as("node B during the outage").isFalse();
            }
            assertThat(handledCount("EV-DURING")).as("nothing handled from per-JVM memory").isZero();

            redis = startRedisServer();
            List<NotificationDeduplicator> nodes = List.of(a, b);
            AtomicInteger turn = new AtomicInteger();
            await("WeChat Pay's redelivery succeeds once Redis is back",
                    () -> deliver(nodes.get(turn.getAndIncrement() % 2), during).isSuccess());
            // each node's connection comes back on its own schedule; until then it keeps failing closed
            await("node A answers the redelivery", () -> deliver(a, during).isSuccess());
            await("node B answers the redelivery", () -> deliver(b, during).isSuccess());
            assertThat(handledCount("EV-DURING")).as("exactly once across both nodes").isEqualTo(1);
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("timed out waiting: " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(50); // polling interval only; the deadline decides
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting: " + what);
            }
        }
    }
}
