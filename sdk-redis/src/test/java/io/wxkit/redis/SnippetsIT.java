package io.wxkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.wxkit.core.dedup.DedupStore;
import io.wxkit.core.ratelimit.RateLimiter;
import io.wxkit.core.ticket.TicketStore;
import io.wxkit.core.token.AccessTokenManager;
import io.wxkit.core.token.Credential;
import io.wxkit.core.token.TokenStore;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Javadoc examples of sdk-redis, line for line, run against the test Redis (default prefix). */
class SnippetsIT {
    private final String appId = "wxSNIPPET" + UUID.randomUUID().toString().substring(0, 8);
    private final String secret = "0123456789abcdef0123456789abcdef";
    private final String ticket = "ST-" + UUID.randomUUID();
    private final String openid = "o" + UUID.randomUUID();
    private RealRedis test;

    @BeforeEach
    void connect() {
        test = RealRedis.connect();
        test.raw().del("wxkit:dedup:{wx1:msg:1234567890123456}");
    }

    @AfterEach
    void cleanUp() {
        test.raw().del("wxkit:dedup:{wx1:msg:1234567890123456}", "wxkit:rate:{vote:" + openid + "}:60000",
                "wxkit:token:{" + AccessTokenManager.storeKey(appId) + "}", "shop:token:{" + appId + "}");
        test.close();
    }

    @Test
    void perStoreFactoriesOnOneRedisClient() {
        RedisClient redis = RedisClient.create("redis://127.0.0.1:6379");
        try {
            TokenStore tokens = RedisTokenStore.create(redis);
            AccessTokenManager manager = AccessTokenManager.builder().appId(appId).secret(secret).tokenStore(tokens).build();
            tokens.put(AccessTokenManager.storeKey(appId), new Credential("FROM_REDIS", Instant.now().plusSeconds(60)));
            assertThat(manager.token()).as("served from Redis, no WeChat call").isEqualTo("FROM_REDIS");

            DedupStore seen = RedisDedupStore.create(redis);
            boolean first = seen.firstSeen("wx1:msg:1234567890123456", Duration.ofMinutes(1));
            assertThat(first).isTrue();

            TicketStore tickets = RedisTicketStore.create(redis);
            tickets.put(ticket, "openid=o6_bmjrPTlm6", Duration.ofMinutes(1));
            assertThat(tickets.take(ticket)).contains("openid=o6_bmjrPTlm6");

            RateLimiter limiter = RedisRateLimiter.create(redis);
            boolean allowed = limiter.tryAcquire("vote:" + openid, 10, Duration.ofMinutes(1));
            assertThat(allowed).isTrue();
        } finally {
            redis.shutdown();
        }
    }

    @Test
    void sharedStoresFromARedisUri() {
        RedisStores redis = RedisStores.builder(RedisURI.create("redis://127.0.0.1:6379")).keyPrefix("shop:").build();
        try (redis) {
            AccessTokenManager tokens = AccessTokenManager.builder().appId(appId).secret(secret).tokenStore(redis.tokenStore()).build();
            redis.tokenStore().put(appId, new Credential("SHOP_TOKEN", Instant.now().plusSeconds(60)));
            assertThat(redis.tokenStore().get(appId)).map(Credential::value).contains("SHOP_TOKEN");
            assertThat(tokens).hasToString("AccessTokenManager[" + appId + ", STABLE]");
        }
    }
}
