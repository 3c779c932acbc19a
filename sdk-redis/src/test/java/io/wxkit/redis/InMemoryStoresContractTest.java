package io.wxkit.redis;

import io.wxkit.core.dedup.CaffeineDedupStore;
import io.wxkit.core.dedup.DedupStore;
import io.wxkit.core.ratelimit.InMemoryRateLimiter;
import io.wxkit.core.ratelimit.RateLimiter;
import io.wxkit.core.ticket.CaffeineTicketStore;
import io.wxkit.core.ticket.TicketStore;
import io.wxkit.core.token.TokenStore;
import java.time.Instant;
import org.junit.jupiter.api.Nested;

/**
 * The store contracts on the in-memory stores the Redis stores fall back to while Redis is down
 * (the {@code LOCAL} fallback): they must keep the same promises within one JVM.
 */
class InMemoryStoresContractTest {

    @Nested
    class LocalTokenStoreContract extends TokenStoreContract {
        private final MutableClock clock = MutableClock.startingNow();
        private final LocalTokenStore store = new LocalTokenStore(clock);

        @Override
        TokenStore store() {
            return store;
        }

        @Override
        Instant now() {
            return clock.instant();
        }

        @Override
        void expireLock(String key) {
            clock.advance(LOCK_TTL);
        }
    }

    @Nested
    class CaffeineDedupStoreContract extends DedupStoreContract {
        private final DedupStore store = CaffeineDedupStore.create();

        @Override
        DedupStore store() {
            return store;
        }
    }

    @Nested
    class CaffeineTicketStoreContract extends TicketStoreContract {
        private final TicketStore store = CaffeineTicketStore.create();

        @Override
        TicketStore store() {
            return store;
        }
    }

    @Nested
    class InMemoryRateLimiterContract extends RateLimiterContract {
        private final RateLimiter limiter = InMemoryRateLimiter.create(MutableClock.startingNow());

        @Override
        RateLimiter limiter() {
            return limiter;
        }
    }
}
