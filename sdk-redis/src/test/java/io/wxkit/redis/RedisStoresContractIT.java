package io.wxkit.redis;

import io.wxkit.core.dedup.DedupStore;
import io.wxkit.core.ratelimit.RateLimiter;
import io.wxkit.core.ticket.TicketStore;
import io.wxkit.core.token.TokenStore;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/** The store contracts on the Redis stores, against the real Redis (one connection shared by all four). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisStoresContractIT {
    private RealRedis redis;
    private RedisStores stores;

    @BeforeAll
    void connect() {
        redis = RealRedis.connect();
        stores = redis.stores().build();
    }

    @AfterAll
    void cleanUp() {
        if (stores != null) {
            stores.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Nested
    class RedisTokenStoreContract extends TokenStoreContract {
        @Override
        TokenStore store() {
            return stores.tokenStore();
        }

        @Override
        Instant now() {
            return Instant.now();
        }

        @Override
        void expireLock(String key) {
            // what PX expiry does when the TTL has passed
            redis.raw().del(redis.prefix + "token:{" + key + "}:lock");
        }
    }

    @Nested
    class RedisDedupStoreContract extends DedupStoreContract {
        @Override
        DedupStore store() {
            return stores.dedupStore();
        }
    }

    @Nested
    class RedisTicketStoreContract extends TicketStoreContract {
        @Override
        TicketStore store() {
            return stores.ticketStore();
        }
    }

    @Nested
    class RedisRateLimiterContract extends RateLimiterContract {
        @Override
        RateLimiter limiter() {
            return stores.rateLimiter();
        }
    }
}
