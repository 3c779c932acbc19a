package io.wxkit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.wxkit.core.token.Credential;
import io.wxkit.core.token.RefreshLock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Redis down when the application starts (a client pointed at a closed port): building the stores
 * succeeds, and each store follows its documented fallback (docs/decisions.md, sdk-redis: failure
 * behaviour). Needs no Redis, so it is a unit test.
 */
class RedisDownAtStartTest {
    private final MutableClock clock = MutableClock.startingNow();
    private RedisClient client;
    private RedisStores stores;

    @BeforeEach
    void pointAtAClosedPort() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        client = RedisClient.create(RedisURI.create("redis://127.0.0.1:" + port));
        stores = RedisStores.builder(client).clock(clock).commandTimeout(Duration.ofMillis(500)).build();
    }

    @AfterEach
    void shutDown() {
        stores.close();
        client.shutdown();
    }

    @Test
    void theTokenStoreServesAndLocksFromThisJvmUntilRedisIsBack() {
        RedisTokenStore tokens = stores.tokenStore();
        assertThat(tokens.get("wx1:access_token")).isEmpty();
        Credential c = new Credential("ACCESS_TOKEN", clock.instant().plusSeconds(7200));
        tokens.put("wx1:access_token", c);
        assertThat(tokens.get("wx1:access_token")).contains(c);
        Optional<RefreshLock> lock = tokens.tryLock("wx1:access_token", Duration.ofSeconds(10));
        assertThat(lock).isPresent();
        assertThat(tokens.tryLock("wx1:access_token", Duration.ofSeconds(10))).isEmpty();
        lock.get().close();
        tokens.invalidate("wx1:access_token", "ACCESS_TOKEN");
        assertThat(tokens.get("wx1:access_token")).isEmpty();
    }

    @Test
    void theSwitchToLocalMemoryIsLoggedOncePerOutageAndNamesNoSecret() {
        Logger logger = (Logger) LoggerFactory.getLogger(Degradation.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        try {
            RedisTokenStore tokens = stores.tokenStore();
            for (int i = 0; i < 5; i++) {
                tokens.put("wx1:access_token", new Credential("SECRET_TOKEN_VALUE", clock.instant().plusSeconds(60)));
                tokens.get("wx1:access_token");
                clock.advance(RedisStores.PAUSE_AFTER_FAILURE); // Redis is asked (and fails) every time
            }
        } finally {
            logger.detachAppender(logs);
        }
        assertThat(logs.list).hasSize(1);
        assertThat(logs.list.get(0).getLevel()).isEqualTo(Level.WARN);
        assertThat(logs.list.get(0).getFormattedMessage()).contains("token store")
                .doesNotContain("SECRET_TOKEN_VALUE").doesNotContain("wx1:access_token");
    }

    @Test
    void theDedupStoreDropsRetriesSeenByThisJvm() {
        RedisDedupStore dedup = stores.dedupStore();
        assertThat(dedup.firstSeen("wx1:msg:1", Duration.ofMinutes(1))).isTrue();
        assertThat(dedup.firstSeen("wx1:msg:1", Duration.ofMinutes(1))).isFalse();
        dedup.saveReply("wx1:msg:1", "success", Duration.ofMinutes(1));
        assertThat(dedup.reply("wx1:msg:1")).contains("success");
    }

    @Test
    void theTicketStoreFailsClosed() {
        RedisTicketStore tickets = stores.ticketStore();
        assertThatThrownBy(() -> tickets.put("ST-secret-ticket", "openid=o1", Duration.ofMinutes(1)))
                .isInstanceOf(RedisStoreException.class)
                .hasMessageContaining("ticket store.put")
                .hasMessageNotContaining("ST-secret-ticket")
                .hasRootCauseInstanceOf(java.net.ConnectException.class);
        assertThatThrownBy(() -> tickets.take("ST-secret-ticket"))
                .isInstanceOf(RedisStoreException.class)
                .hasCauseInstanceOf(RedisConnectionException.class);
    }

    @Test
    void theRateLimiterFailsClosedByDefault() {
        assertThatThrownBy(() -> stores.rateLimiter().tryAcquire("vote:o1", 1, Duration.ofMinutes(1)))
                .isInstanceOf(RedisStoreException.class);
    }

    @Test
    void storesConfiguredWithoutFallbackThrowInsteadOfGoingLocal() {
        try (RedisStores strict = RedisStores.builder(client).clock(clock)
                .tokenFallback(RedisFallback.NONE).dedupFallback(RedisFallback.NONE).build()) {
            assertThatThrownBy(() -> strict.tokenStore().get("wx1:access_token"))
                    .isInstanceOf(RedisStoreException.class).hasMessageContaining("token store.get");
            assertThatThrownBy(() -> strict.dedupStore().firstSeen("wx1:msg:1", Duration.ofMinutes(1)))
                    .isInstanceOf(RedisStoreException.class);
        }
        try (RedisStores lenient = RedisStores.builder(client).clock(clock)
                .rateLimitFallback(RedisFallback.LOCAL).build()) {
            assertThat(lenient.rateLimiter().tryAcquire("vote:o1", 1, Duration.ofMinutes(1))).isTrue();
            assertThat(lenient.rateLimiter().tryAcquire("vote:o1", 1, Duration.ofMinutes(1))).isFalse();
        }
    }

    @Test
    void afterAFailedConnectionRedisIsNotAskedAgainUntilThePauseIsOver() {
        RedisTicketStore tickets = stores.ticketStore();
        assertThatThrownBy(() -> tickets.take("t")).cause().hasMessageContaining("Unable to connect");
        assertThatThrownBy(() -> tickets.take("t")).cause().hasMessageContaining("not asked again")
                .cause().hasMessageContaining("Unable to connect");
        clock.advance(RedisStores.PAUSE_AFTER_FAILURE.minusMillis(1));
        assertThatThrownBy(() -> tickets.take("t")).cause().hasMessageContaining("not asked again");
        clock.advance(Duration.ofMillis(1));
        clock.advance(RedisStores.PAUSE_AFTER_FAILURE);
        assertThatThrownBy(() -> tickets.take("t")).cause().hasMessageContaining("Unable to connect");
    }

    @Test
    void aClosedStoreFailsWithoutConnecting() {
        stores.close();
        assertThatThrownBy(() -> stores.ticketStore().take("t")).cause().hasMessageContaining("closed");
    }
}
