package io.wxkit.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.cluster.RedisClusterClient;
import io.wxkit.core.dedup.CaffeineDedupStore;
import io.wxkit.core.dedup.DedupStore;
import io.wxkit.redis.internal.RedisGateway;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Remembers across the cluster which callback messages and payment notifications were already
 * delivered, so WeChat's retries reach the application once whichever node they land on.
 *
 * <pre>{@code
 * DedupStore seen = RedisDedupStore.create(redis);
 * boolean first = seen.firstSeen("wx1:msg:1234567890123456", Duration.ofMinutes(1));
 * }</pre>
 *
 * <p>One key per delivery, {@code <prefix>dedup:{<key>}}: {@link #firstSeen} is
 * {@code SET key "-" NX PX ttl} (atomic, so of any number of racing nodes exactly one gets
 * {@code true}); {@link #saveReply} overwrites the same key with the reply, so a retry can repeat
 * the first delivery's answer.
 *
 * <p>While Redis is unreachable the store follows its {@link RedisFallback}: {@code LOCAL} (the
 * default) remembers deliveries in this JVM's memory, so a retry landing on the same node is still
 * dropped and one landing on another node may be handled again (fail open: a message is never lost);
 * {@code NONE} throws {@link RedisStoreException}, which makes the callback fail so WeChat retries
 * later (fail closed). {@link #failClosed()} is the {@code NONE} view of the same keys, which WeChat
 * Pay notifications always use (handling a payment twice on two nodes costs money; a refused
 * notification is only redelivered later). Thread-safe; every call blocks for at most the command
 * timeout.
 */
public final class RedisDedupStore implements DedupStore {
    private static final String SEEN = "-";
    private static final String REPLY = "=";

    private final RedisGateway redis;
    private final KeySpace keys;
    private final RedisFallback fallback;
    private final Degradation degradation;
    private final DedupStore local = CaffeineDedupStore.create();

    RedisDedupStore(RedisGateway redis, KeySpace keys, RedisFallback fallback) {
        this.redis = redis;
        this.keys = keys;
        this.fallback = fallback;
        this.degradation = new Degradation("dedup store", fallback);
    }

    /**
     * A store on its own connection from {@code client} (standalone, or Sentinel through the client's
     * {@code RedisURI}), with the defaults of {@link RedisStores#builder(RedisClient)}.
     *
     * @param client the Lettuce client to open the connection from
     * @return the dedup store on its own connection
     */
    public static RedisDedupStore create(RedisClient client) {
        return RedisStores.create(client).dedupStore();
    }

    /**
     * As {@link #create(RedisClient)}, on a Redis Cluster.
     *
     * @param client the Lettuce cluster client to open the connection from
     * @return the dedup store on its own connection
     */
    public static RedisDedupStore create(RedisClusterClient client) {
        return RedisStores.create(client).dedupStore();
    }

    /**
     * Records {@code key} for {@code ttl}; {@code true} only for the first caller in the cluster.
     *
     * @throws RedisStoreException if Redis is unreachable and the fallback is {@code NONE}
     */
    @Override
    public boolean firstSeen(String key, Duration ttl) {
        requirePositive(ttl);
        String redisKey = keys.key("dedup", key);
        return degradation.call("firstSeen", () -> redis.setIfAbsent(redisKey, SEEN, ttl),
                () -> local.firstSeen(key, ttl));
    }

    /**
     * Keeps {@code reply} as the answer to {@code key} for {@code ttl}.
     *
     * @throws RedisStoreException if Redis is unreachable and the fallback is {@code NONE}
     */
    @Override
    public void saveReply(String key, String reply, Duration ttl) {
        Objects.requireNonNull(reply, "reply");
        requirePositive(ttl);
        String redisKey = keys.key("dedup", key);
        degradation.call("saveReply", () -> {
            redis.set(redisKey, REPLY + reply, ttl);
            return null;
        }, () -> {
            local.saveReply(key, reply, ttl);
            return null;
        });
    }

    /**
     * The reply saved for {@code key}; empty while the first delivery is still being handled.
     *
     * @throws RedisStoreException if Redis is unreachable and the fallback is {@code NONE}
     */
    @Override
    public Optional<String> reply(String key) {
        String redisKey = keys.key("dedup", key);
        return degradation.call("reply", () -> {
            String v = redis.get(redisKey);
            return v != null && v.startsWith(REPLY) ? Optional.of(v.substring(REPLY.length())) : Optional.empty();
        }, () -> local.reply(key));
    }

    /**
     * The same keys on the same connection with fallback {@link RedisFallback#NONE}: while Redis is
     * unavailable every call throws {@link RedisStoreException}. WeChat Pay's
     * {@code NotificationDeduplicator} always uses this view, whatever {@code dedupFallback} says.
     */
    @Override
    public RedisDedupStore failClosed() {
        return fallback == RedisFallback.NONE ? this : new RedisDedupStore(redis, keys, RedisFallback.NONE);
    }

    static void requirePositive(Duration ttl) {
        if (ttl.isNegative() || ttl.toMillis() <= 0) {
            throw new IllegalArgumentException("ttl must be at least 1 ms: " + ttl);
        }
    }
}
