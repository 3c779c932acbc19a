package io.wxkit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisURI;
import io.wxkit.core.token.Credential;
import io.wxkit.core.token.RefreshLock;
import java.net.SocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Redis lost mid-run, back again, slow, and a refresh-lock holder that dies, through a TCP
 * forwarder the test controls (docs/decisions.md, sdk-redis: failure behaviour).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisFailureIT {
    private static final Duration TIMEOUT = Duration.ofMillis(300);
    private static final Duration TTL = Duration.ofMinutes(1);

    private RealRedis redis;
    private TcpForwarder proxy;
    private final MutableClock clock = MutableClock.startingNow();

    @BeforeAll
    void connect() {
        redis = RealRedis.connect();
    }

    @BeforeEach
    void startProxy() throws Exception {
        proxy = new TcpForwarder(redis.host, redis.port);
    }

    @AfterEach
    void stopProxy() {
        proxy.close();
    }

    @AfterAll
    void cleanUp() {
        if (redis != null) {
            redis.close();
        }
    }

    private RedisURI proxied() {
        return RedisURI.Builder.redis("127.0.0.1", proxy.port()).build();
    }

    private String key() {
        return "wx1:msg:" + UUID.randomUUID();
    }

    private boolean inRedis(String store, String key) {
        return redis.raw().exists(redis.prefix + store + ":{" + key + "}") == 1;
    }

    @Test
    void storesStartWhileRedisIsDownAndUseItOnceItIsUp() {
        proxy.cut();
        try (RedisStores stores = RedisStores.builder(proxied()).keyPrefix(redis.prefix).clock(clock)
                .commandTimeout(TIMEOUT).build()) {
            String early = key();
            assertThat(stores.dedupStore().firstSeen(early, TTL)).isTrue();
            assertThat(inRedis("dedup", early)).isFalse();

            proxy.restore();
            clock.advance(RedisStores.PAUSE_AFTER_FAILURE);
            String later = key();
            assertThat(stores.dedupStore().firstSeen(later, TTL)).isTrue();
            assertThat(inRedis("dedup", later)).as("once Redis answers, the store uses it").isTrue();
        }
    }

    @Test
    void redisLostMidRunDegradesEachStoreAsDocumentedAndRecovers() throws Exception {
        CountDownLatch reconnected = new CountDownLatch(2); // first connect, then the reconnect
        RedisClient client = RedisClient.create(proxied());
        client.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisConnected(io.lettuce.core.RedisChannelHandler<?, ?> c, SocketAddress a) {
                reconnected.countDown();
            }
        });
        try (RedisStores stores = RedisStores.builder(client).keyPrefix(redis.prefix).clock(clock)
                .commandTimeout(TIMEOUT).build()) {
            String before = key();
            assertThat(stores.dedupStore().firstSeen(before, TTL)).isTrue();
            assertThat(inRedis("dedup", before)).isTrue();
            stores.ticketStore().put("ST-lost", "openid=o1", TTL);

            proxy.cut();
            String during = key();
            assertThat(stores.dedupStore().firstSeen(during, TTL)).as("fail open, locally").isTrue();
            assertThat(stores.dedupStore().firstSeen(during, TTL)).as("a retry on this node is still dropped").isFalse();
            assertThatThrownBy(() -> stores.ticketStore().take("ST-lost")).isInstanceOf(RedisStoreException.class);
            Credential c = new Credential("LOCAL_TOKEN", Instant.now().plusSeconds(60));
            stores.tokenStore().put("wx1:access_token", c);
            assertThat(stores.tokenStore().get("wx1:access_token")).contains(c);
            assertThatThrownBy(() -> stores.rateLimiter().tryAcquire("vote:o1", 5, TTL))
                    .isInstanceOf(RedisStoreException.class);

            proxy.restore();
            assertThat(reconnected.await(10, TimeUnit.SECONDS)).as("Lettuce reconnects by itself").isTrue();
            String paused = key();
            assertThat(stores.dedupStore().firstSeen(paused, TTL)).isTrue();
            assertThat(inRedis("dedup", paused)).as("Redis is left alone for a moment after failing").isFalse();
            clock.advance(RedisStores.PAUSE_AFTER_FAILURE);
            String after = key();
            assertThat(stores.dedupStore().firstSeen(after, TTL)).isTrue();
            assertThat(inRedis("dedup", after)).isTrue();
            assertThat(stores.ticketStore().take("ST-lost")).as("an unredeemed ticket survives the outage")
                    .contains("openid=o1");
        } finally {
            client.shutdown();
        }
    }

    @Test
    void aClientBuiltFromARedisUriFailsAtOnceWhileDisconnected() {
        try (RedisStores stores = RedisStores.builder(proxied()).keyPrefix(redis.prefix).clock(clock)
                .commandTimeout(Duration.ofSeconds(5)).build()) {
            stores.ticketStore().put("ST-a", "a", TTL);
            proxy.cut();
            long start = System.nanoTime();
            assertThatThrownBy(() -> stores.ticketStore().take("ST-a")).isInstanceOf(RedisStoreException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .as("rejected, not waiting for the 5 s command timeout").isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void slowRedisCountsAsUnavailableAfterTheCommandTimeout() {
        RedisClient slowClient = RedisClient.create(proxied());
        try (RedisStores stores = RedisStores.builder(redis.client).keyPrefix(redis.prefix).build();
                RedisStores slow = RedisStores.builder(slowClient).keyPrefix(redis.prefix).clock(clock)
                        .commandTimeout(TIMEOUT).build()) {
            stores.ticketStore().put("ST-slow", "openid=o1", TTL);
            Credential shared = new Credential("SHARED", Instant.now().plusSeconds(60));
            stores.tokenStore().put("wx1:access_token", shared);
            assertThat(slow.tokenStore().get("wx1:access_token")).contains(shared);

            proxy.stall();
            long start = System.nanoTime();
            assertThatThrownBy(() -> slow.ticketStore().take("ST-slow"))
                    .isInstanceOf(RedisStoreException.class)
                    .hasCauseInstanceOf(RedisCommandTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(TIMEOUT, TIMEOUT.multipliedBy(4));
            start = System.nanoTime();
            assertThat(slow.tokenStore().get("wx1:access_token")).as("token store falls back to local memory")
                    .isEmpty();
            assertThatThrownBy(() -> slow.ticketStore().take("ST-slow")).isInstanceOf(RedisStoreException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .as("after one timeout, calls do not each wait for the timeout again").isLessThan(TIMEOUT);

            proxy.release();
            clock.advance(RedisStores.PAUSE_AFTER_FAILURE);
            assertThat(slow.ticketStore().take("ST-slow"))
                    .as("the timed-out take ran first on the same connection: the ticket is gone, never redeemed twice")
                    .isEmpty();
        } finally {
            slowClient.shutdown();
        }
    }

    @Test
    void aDeadLockHolderBlocksOtherNodesOnlyUntilItsLockExpires() throws Exception {
        Duration lockTtl = Duration.ofMillis(400);
        try (RedisStores nodeA = redis.stores().build(); RedisStores nodeB = redis.stores().build()) {
            long start = System.nanoTime(); // before the lock exists: it cannot expire sooner than lockTtl after this
            Optional<RefreshLock> held = nodeA.tokenStore().tryLock("wx1:access_token", lockTtl);
            assertThat(held).isPresent(); // node A now "dies": it never releases
            assertThat(nodeB.tokenStore().tryLock("wx1:access_token", lockTtl)).isEmpty();
            Optional<RefreshLock> taken = Optional.empty();
            while (taken.isEmpty() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5)) {
                Thread.sleep(10); // polling Redis for the PX expiry, which no injected clock controls
                taken = nodeB.tokenStore().tryLock("wx1:access_token", lockTtl);
            }
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertThat(taken).as("node B takes the lock after the TTL").isPresent();
            assertThat(waited).isBetween(lockTtl.minusMillis(5), lockTtl.plusMillis(1500));
        }
    }
}
