package io.wxkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.mp.WxMp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's invalidation storm, reproduced: a fake WeChat ({@link StormWeChat}) rejects the current
 * token with 40001 at a fixed interval, while threads call {@code mp.users().get(..)} on WxMp
 * instances sharing one Redis token store; 3 JVMs × 16 threads, and 1 JVM × 48 threads.
 * Measured before the fix: 0.60 fetches per rejection, two JVMs blocked for about 20 s, 3 failed
 * calls. Target: exactly one token request per rejection across all JVMs (a non-forced one: WeChat
 * already has the next token), 0 failed calls, and no caller blocked for as long as the rejection
 * interval (a caller waits at most one fetch plus the 50 ms poll interval, milliseconds here; the
 * bound leaves room for a busy 2-core machine).
 */
class TokenStormIT {
    static final Duration ANSWER = Duration.ofSeconds(90); // JVM start-up on a busy 2-core machine

    private RealRedis redis;
    private final StormWeChat fake = new StormWeChat();
    private final MockWebServer wechat = new MockWebServer();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();

    @BeforeEach
    void start() throws Exception {
        redis = RealRedis.connect();
        wechat.setDispatcher(fake);
        wechat.start();
    }

    @AfterEach
    void stop() {
        ticker.shutdownNow();
        wechat.close();
        if (redis != null) {
            redis.close();
        }
    }

    /** Rejects the current token {@code count} times, {@code interval} apart, starting one interval from now. */
    private void rejectEvery(Duration interval, int count) {
        for (int i = 1; i <= count; i++) {
            ticker.schedule(fake::reject, interval.toMillis() * i, TimeUnit.MILLISECONDS);
        }
    }

    private void assertOneFetchPerRejection(int minimumRejections) {
        System.out.printf("storm: %d rejections, %d token requests (%d forced)%n", fake.rejections(), fake.fetches(),
                fake.forcedFetches());
        assertThat(fake.rejections()).as("rejections that hit a valid token").isGreaterThanOrEqualTo(minimumRejections);
        assertThat(fake.fetches()).as("token requests: the first token, then one per rejection")
                .isEqualTo(1 + fake.rejections());
        assertThat(fake.forcedFetches()).as("forced requests (WeChat always had a new token)").isZero();
    }

    @Test
    void threeJvmsOfSixteenThreadsFetchOncePerRejectionAndNoCallFails() throws Exception {
        int rejections = 10;
        Duration interval = Duration.ofSeconds(2);
        List<NodeProcess> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                nodes.add(NodeProcess.start(List.of(redis.host, Integer.toString(redis.port), redis.prefix, "16",
                        wechat.url("/").toString(), "60000")));
            }
            for (NodeProcess node : nodes) {
                assertThat(node.answer(ANSWER)).isEqualTo("READY");
            }
            long millis = interval.toMillis() * rejections + 1_000;
            for (NodeProcess node : nodes) {
                node.send("STORM " + millis);
            }
            rejectEvery(interval, rejections);
            List<StormCallers.Result> results = new ArrayList<>();
            for (NodeProcess node : nodes) {
                results.add(StormCallers.Result.parse(node.answer(ANSWER)));
            }

            System.out.println("storm, 3 JVMs x 16 threads: " + results);
            for (StormCallers.Result r : results) {
                assertThat(r.failures()).as("failed calls in one JVM (%s)", r).isZero();
                assertThat(r.calls()).as("calls in one JVM (%s)", r).isGreaterThan(rejections * 16L);
                assertThat(Duration.ofMillis(r.maxMillis())).as("longest call in one JVM (%s)", r).isLessThan(interval);
            }
            assertOneFetchPerRejection(rejections - 2);
        } finally {
            for (NodeProcess node : nodes) {
                node.close();
            }
        }
    }

    @Test
    void oneJvmOfFortyEightThreadsFetchesOncePerRejectionAndNoCallFails() throws Exception {
        int rejections = 8;
        Duration interval = Duration.ofSeconds(1);
        try (RedisStores stores = redis.stores().tokenFallback(RedisFallback.NONE).build();
                WxMp mp = WxMp.builder().appId(ClusterNodeMain.APP_ID).secret("0123456789abcdef0123456789abcdef")
                        .tokenStore(stores.tokenStore()).baseUrl(wechat.url("/").toString()).build()) {
            rejectEvery(interval, rejections);
            StormCallers.Result r = StormCallers.run(mp, 48, interval.toMillis() * rejections + 1_000);
            System.out.println("storm, 1 JVM x 48 threads: " + r);

            assertThat(r.failures()).as("failed calls (%s)", r).isZero();
            assertThat(Duration.ofMillis(r.maxMillis())).as("longest call (%s)", r).isLessThan(interval);
            assertOneFetchPerRejection(rejections - 2);
        }
    }
}
