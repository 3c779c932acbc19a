package io.wxkit.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.RedisClusterClient;
import io.wxkit.core.ratelimit.InMemoryRateLimiter;
import io.wxkit.core.ratelimit.RateLimiter;
import io.wxkit.redis.internal.LuaScript;
import io.wxkit.redis.internal.RedisGateway;
import java.time.Clock;
import java.time.Duration;

/**
 * Counts votes, lottery draws and other anti-abuse actions per key across the cluster, in fixed
 * windows, so a limit holds however many nodes the requests are spread over.
 *
 * <pre>{@code
 * RateLimiter limiter = RedisRateLimiter.create(redis);
 * boolean allowed = limiter.tryAcquire("vote:" + openid, 10, Duration.ofMinutes(1));
 * }</pre>
 *
 * <p>One Lua script per call: {@code INCR <prefix>rate:{<key>}:<window ms>} and, on the window's
 * first action, {@code PEXPIRE} it by the window length, atomically, so a counter never outlives
 * its window and at most {@code limit} callers per window get {@code true}. A window starts at its
 * first action and is timed by Redis's clock alone, so skew between nodes does not matter.
 *
 * <p>While Redis is unreachable the limiter follows its {@link RedisFallback}: {@code NONE} (the
 * default) throws {@link RedisStoreException}, so a limit is never silently multiplied by the
 * number of nodes; {@code LOCAL} counts in this JVM's memory instead. Thread-safe; every call
 * blocks for at most the command timeout.
 */
public final class RedisRateLimiter implements RateLimiter {
    private static final LuaScript COUNT = LuaScript.of("""
            local n = redis.call('INCR', KEYS[1])
            if n == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return n
            """);

    private final RedisGateway redis;
    private final KeySpace keys;
    private final Degradation degradation;
    private final RateLimiter local;

    RedisRateLimiter(RedisGateway redis, KeySpace keys, Clock clock, RedisFallback fallback) {
        this.redis = redis;
        this.keys = keys;
        this.degradation = new Degradation("rate limiter", fallback);
        this.local = InMemoryRateLimiter.create(clock);
    }

    /**
     * A limiter on its own connection from {@code client} (standalone, or Sentinel through the
     * client's {@code RedisURI}), with the defaults of {@link RedisStores#builder(RedisClient)}.
     *
     * @param client the Lettuce client to open the connection from
     * @return the rate limiter on its own connection
     */
    public static RedisRateLimiter create(RedisClient client) {
        return RedisStores.create(client).rateLimiter();
    }

    /**
     * As {@link #create(RedisClient)}, on a Redis Cluster.
     *
     * @param client the Lettuce cluster client to open the connection from
     * @return the rate limiter on its own connection
     */
    public static RedisRateLimiter create(RedisClusterClient client) {
        return RedisStores.create(client).rateLimiter();
    }

    /**
     * Counts one action for {@code key}; whether it is within {@code limit} actions per {@code window}.
     *
     * @throws IllegalArgumentException if {@code limit} is not positive or {@code window} is shorter than 1 ms
     * @throws RedisStoreException if Redis is unreachable and the fallback is {@code NONE}
     */
    @Override
    public boolean tryAcquire(String key, int limit, Duration window) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        long windowMillis = window.toMillis();
        if (windowMillis < 1) { // PEXPIRE and the window's slot are whole milliseconds
            throw new IllegalArgumentException("window must be at least 1 ms: " + window);
        }
        String redisKey = keys.key("rate", key, ":" + windowMillis);
        return degradation.call("tryAcquire",
                () -> redis.<Long>eval(COUNT, ScriptOutputType.INTEGER, redisKey, Long.toString(windowMillis)) <= limit,
                () -> local.tryAcquire(key, limit, window));
    }
}
