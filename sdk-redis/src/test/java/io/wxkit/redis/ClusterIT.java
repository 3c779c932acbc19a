package io.wxkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.token.AccessTokenManager;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Three separate JVMs ({@link ClusterNodeMain}) × 16 threads sharing one Redis behave as one node:
 * one token request per expiry, one handling per callback message, one redemption per ticket, and
 * a refresh that survives the death of the node holding the refresh lock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    static final int NODES = 3;
    static final int THREADS = 16;
    static final int EXPIRES_IN_SECONDS = 3;
    static final Duration LOCK_TTL = Duration.ofSeconds(3);
    static final Duration ANSWER = Duration.ofSeconds(60); // JVM start-up on a busy 2-core machine

    private RealRedis redis;
    private final MockWebServer wechat = new MockWebServer();
    private final AtomicInteger issued = new AtomicInteger();
    private final List<Long> requestNanos = new CopyOnWriteArrayList<>();
    private final AtomicBoolean hangNext = new AtomicBoolean();
    private final CountDownLatch hungArrived = new CountDownLatch(1);
    private final CountDownLatch releaseHung = new CountDownLatch(1);
    private final List<NodeProcess> nodes = new ArrayList<>();

    @BeforeAll
    void startCluster() throws Exception {
        redis = RealRedis.connect();
        wechat.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return answer(request);
            }
        });
        wechat.start();
        for (int i = 0; i < NODES; i++) {
            nodes.add(NodeProcess.start(List.of(redis.host, Integer.toString(redis.port), redis.prefix,
                    Integer.toString(THREADS), wechat.url("/").toString(), Long.toString(LOCK_TTL.toMillis()))));
        }
        for (NodeProcess node : nodes) {
            assertThat(node.answer(ANSWER)).isEqualTo("READY");
        }
    }

    @AfterAll
    void stopCluster() throws Exception {
        releaseHung.countDown();
        for (NodeProcess node : nodes) {
            node.close();
        }
        wechat.close();
        if (redis != null) {
            redis.close();
        }
    }

    private MockResponse answer(RecordedRequest request) throws InterruptedException {
        if (!request.getUrl().encodedPath().equals("/cgi-bin/stable_token")) {
            return new MockResponse.Builder().code(404).build();
        }
        requestNanos.add(System.nanoTime());
        if (hangNext.compareAndSet(true, false)) {
            hungArrived.countDown();
            releaseHung.await(2, TimeUnit.MINUTES); // the fetching node is killed meanwhile
            return new MockResponse.Builder().code(503).build();
        }
        return new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"access_token\":\"TOKEN_" + issued.incrementAndGet() + "\",\"expires_in\":"
                        + EXPIRES_IN_SECONDS + "}")
                .build();
    }

    private List<String> everyNode(List<NodeProcess> targets, String command) throws InterruptedException {
        for (NodeProcess node : targets) {
            node.send(command);
        }
        List<String> answers = new ArrayList<>();
        for (NodeProcess node : targets) {
            answers.add(node.answer(ANSWER));
        }
        return answers;
    }

    /** Waits for Redis to drop the shared token at its expiry (its PX), so the next call must fetch. */
    private void awaitTokenExpiry() throws InterruptedException {
        String key = redis.prefix + "token:{" + AccessTokenManager.storeKey(ClusterNodeMain.APP_ID) + "}";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(EXPIRES_IN_SECONDS + 10);
        while (redis.raw().exists(key) == 1) {
            assertThat(System.nanoTime()).as("token still stored after its expiry").isLessThan(deadline);
            Thread.sleep(20); // Redis expires the key on its own clock; nothing to inject here
        }
    }

    @Test
    @Order(1)
    void fortyEightCallersInThreeJvmsSendOneTokenRequestPerExpiry() throws Exception {
        for (int cycle = 1; cycle <= 3; cycle++) {
            if (cycle > 1) {
                awaitTokenExpiry();
            }
            List<String> answers = everyNode(nodes, "TOKEN");
            assertThat(answers).as("cycle %d: every caller in every JVM got the one new token", cycle)
                    .containsOnly("TOKENS TOKEN_" + cycle);
            assertThat(wechat.getRequestCount()).as("cycle %d: requests to the token endpoint", cycle)
                    .isEqualTo(cycle);
        }
        for (int i = 1; i < requestNanos.size(); i++) {
            assertThat(Duration.ofNanos(requestNanos.get(i) - requestNanos.get(i - 1)))
                    .as("no request while the previous token was valid")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(EXPIRES_IN_SECONDS).minusMillis(100));
        }
    }

    @Test
    @Order(2)
    void theSameCallbackMessageDeliveredToThreeJvmsIsHandledOnce() throws Exception {
        Path xml = Path.of(System.getProperty("wxkit.shared.dir"), "reference", "xml");
        for (String sample : List.of("inbound-text.xml", "event-click.xml", "event-subscribe.xml")) {
            String deliver = "DELIVER " + xml.resolve(sample).toAbsolutePath();
            assertThat(handled(everyNode(nodes, deliver))).as("first delivery of %s", sample).isEqualTo(1);
            assertThat(handled(everyNode(nodes, deliver))).as("WeChat's retry of %s", sample).isZero();
        }
    }

    private static long handled(List<String> answers) {
        return answers.stream().mapToLong(a -> Long.parseLong(a.substring("HANDLED ".length()))).sum();
    }

    @Test
    @Order(3)
    void aTicketRedeemedConcurrentlyFromTwoJvmsIsRedeemedOnce() throws Exception {
        try (RedisStores broker = redis.stores().build()) {
            for (int i = 0; i < 5; i++) {
                String ticket = "ST-" + UUID.randomUUID();
                broker.ticketStore().put(ticket, "account=" + i, Duration.ofMinutes(1));
                List<String> answers = everyNode(nodes.subList(0, 2), "TAKE " + ticket);
                assertThat(answers).as("ticket %d", i).containsExactlyInAnyOrder("TAKEN 1 account=" + i, "TAKEN 0 ");
            }
        }
    }

    @Test
    @Order(4)
    void whenTheNodeHoldingTheRefreshLockDiesAnotherRefreshesWithinTheLockTtl() throws Exception {
        awaitTokenExpiry();
        int before = wechat.getRequestCount();
        NodeProcess holder = nodes.get(0);
        NodeProcess survivor = nodes.get(1);
        hangNext.set(true);
        holder.send("TOKEN");
        assertThat(hungArrived.await(ANSWER.toSeconds(), TimeUnit.SECONDS)).isTrue();
        String lockKey = redis.prefix + "token:{" + AccessTokenManager.storeKey(ClusterNodeMain.APP_ID) + "}:lock";
        // Redis answered PTTL at some instant between these two readings of the clock: the lock expires between
        // readBefore + ttl and readAfter + ttl (a pause of this thread between the reply and one reading, as on a
        // loaded CI machine, would otherwise move the expected expiry)
        long readBefore = System.nanoTime();
        long lockTtlLeft = redis.raw().pttl(lockKey);
        long readAfter = System.nanoTime();
        long ttlNanos = TimeUnit.MILLISECONDS.toNanos(lockTtlLeft);
        assertThat(lockTtlLeft).as("the holder has the refresh lock while its fetch hangs").isPositive();

        survivor.send("TOKEN"); // finds the lock held: waits, polling the store
        holder.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        String answer = survivor.answer(ANSWER);
        assertThat(answer).isEqualTo("TOKENS TOKEN_" + issued.get());
        assertThat(wechat.getRequestCount()).as("the dead holder's request and the survivor's").isEqualTo(before + 2);
        long refreshedAt = requestNanos.get(requestNanos.size() - 1);
        assertThat(Duration.ofNanos(refreshedAt - (readBefore + ttlNanos)))
                .as("the survivor fetched only once the dead holder's lock expired")
                .isGreaterThanOrEqualTo(Duration.ofMillis(-100));
        assertThat(Duration.ofNanos(refreshedAt - (readAfter + ttlNanos)))
                .as("the survivor fetched promptly once the dead holder's lock expired")
                .isLessThanOrEqualTo(Duration.ofSeconds(2));
    }
}
