package io.wxkit.redis;

import io.lettuce.core.RedisException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a store's Redis call under its {@link RedisFallback}: on a Redis failure either the local
 * alternative answers or a {@link RedisStoreException} is thrown. The switch to the local
 * alternative and the return to Redis are each logged once, not once per call.
 */
final class Degradation {
    private static final Logger LOG = LoggerFactory.getLogger(Degradation.class);

    private final String store;
    private final RedisFallback fallback;
    private final AtomicBoolean degraded = new AtomicBoolean();

    Degradation(String store, RedisFallback fallback) {
        this.store = store;
        this.fallback = fallback;
    }

    /** {@code redis}'s answer; on a Redis failure, {@code local}'s answer or a {@link RedisStoreException}. */
    <T> T call(String operation, Supplier<T> redis, Supplier<T> local) {
        T result;
        try {
            result = redis.get();
        } catch (RedisException e) {
            if (fallback == RedisFallback.NONE) {
                throw new RedisStoreException(store + "." + operation, e);
            }
            if (degraded.compareAndSet(false, true)) {
                LOG.warn("Redis unavailable for the wxkit {} ({}: {}); using this JVM's memory until it is back",
                        store, e.getClass().getSimpleName(), e.getMessage());
            }
            return local.get();
        }
        if (degraded.compareAndSet(true, false)) {
            LOG.info("Redis is back for the wxkit {}", store);
        }
        return result;
    }

    /** {@code redis}'s answer or a {@link RedisStoreException}; there is no local alternative. */
    <T> T call(String operation, Supplier<T> redis) {
        try {
            return redis.get();
        } catch (RedisException e) {
            throw new RedisStoreException(store + "." + operation, e);
        }
    }
}
