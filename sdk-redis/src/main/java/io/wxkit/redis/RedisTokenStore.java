package io.wxkit.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.RedisClusterClient;
import io.wxkit.core.token.Credential;
import io.wxkit.core.token.RefreshLock;
import io.wxkit.core.token.TokenStore;
import io.wxkit.redis.internal.LuaScript;
import io.wxkit.redis.internal.RedisGateway;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every node's {@code access_token} and {@code jsapi_ticket} in Redis, and the refresh lock
 * that lets exactly one node of the cluster ask WeChat for a new one.
 *
 * <pre>{@code
 * RedisClient redis = RedisClient.create("redis://127.0.0.1:6379");
 * TokenStore tokens = RedisTokenStore.create(redis);
 * AccessTokenManager manager = AccessTokenManager.builder().appId(appId).secret(secret).tokenStore(tokens).build();
 * }</pre>
 *
 * <p>Keys (a stable contract, see {@code docs/guide/cluster.md}): the credential under
 * {@code <prefix>token:{<key>}} with a {@code PX} expiry at the credential's {@code expiresAt},
 * e.g. {@code wxkit:token:{wx123:access_token}}; its refresh lock under {@code <prefix>token:{<key>}:lock};
 * its other locks (forced-refresh spacing and daily count) under {@code <prefix>token:{<key>}:<name>}.
 * All share one Cluster hash tag, so every key of one credential is in one slot. The lock is {@code SET NX PX} with a random owner token (from the injected
 * {@link SecureRandom}); release and invalidation are Lua compare-and-delete, so a node never
 * removes a lock or a credential that is no longer the one it saw.
 *
 * <p>While Redis is unreachable the store follows its {@link RedisFallback}: {@code LOCAL} (the
 * default) serves and locks from this JVM's memory, so WeChat calls keep working and each node
 * refreshes on its own until Redis is back; {@code NONE} throws {@link RedisStoreException}.
 * Thread-safe; every call blocks for at most the command timeout.
 */
public final class RedisTokenStore implements TokenStore {
    private static final Logger LOG = LoggerFactory.getLogger(RedisTokenStore.class);
    private static final char SEPARATOR = '|';
    /** Deletes KEYS[1] if the credential part of its value (after the first '|') equals ARGV[1]. */
    private static final LuaScript INVALIDATE = LuaScript.of("""
            local v = redis.call('GET', KEYS[1])
            if not v then return 0 end
            local i = string.find(v, '|', 1, true)
            if i and string.sub(v, i + 1) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """);
    /** Deletes the lock KEYS[1] only if ARGV[1] still owns it. */
    private static final LuaScript RELEASE = LuaScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """);

    private final RedisGateway redis;
    private final KeySpace keys;
    private final Clock clock;
    private final SecureRandom random;
    private final Degradation degradation;
    private final LocalTokenStore local;

    RedisTokenStore(RedisGateway redis, KeySpace keys, Clock clock, SecureRandom random, RedisFallback fallback) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
        this.random = random;
        this.degradation = new Degradation("token store", fallback);
        this.local = new LocalTokenStore(clock);
    }

    /**
     * A store on its own connection from {@code client} (standalone, or Sentinel through the client's
     * {@code RedisURI}), with the defaults of {@link RedisStores#builder(RedisClient)}; the connection
     * closes when the client shuts down. Use {@link RedisStores} to share one connection or change options.
     *
     * @param client the Lettuce client to open the connection from
     * @return the token store on its own connection
     */
    public static RedisTokenStore create(RedisClient client) {
        return RedisStores.create(client).tokenStore();
    }

    /**
     * As {@link #create(RedisClient)}, on a Redis Cluster.
     *
     * @param client the Lettuce cluster client to open the connection from
     * @return the token store on its own connection
     */
    public static RedisTokenStore create(RedisClusterClient client) {
        return RedisStores.create(client).tokenStore();
    }

    /**
     * The credential under {@code key}, or empty if none (or if it expired: Redis removed it).
     *
     * @throws RedisStoreException if Redis is unreachable and the fallback is {@code NONE}
     */
    @Override
    public Optional<Credential> get(String key) {
        String redisKey = keys.key("token", key);
        return degradation.call("get", () -> Optional.ofNullable(redis.get(redisKey)).flatMap(v -> decode(v, key)),
                () -> local.get(key));
    }

    /**
     * Stores {@code credential} until its {@code expiresAt} (Redis removes it then).
     *
     * @throws RedisStoreException if Redis is unreachable and the fallback is {@code NONE}
     */
    @Override
    public void put(String key, Credential credential) {
        Objects.requireNonNull(credential, "credential");
        String redisKey = keys.key("token", key);
        long ttl = Math.max(1, credential.expiresAt().toEpochMilli() - clock.millis());
        String encoded = credential.expiresAt().toString() + SEPARATOR + credential.value();
        degradation.call("put", () -> {
            redis.set(redisKey, encoded, Duration.ofMillis(ttl));
            return null;
        }, () -> {
            local.put(key, credential);
            return null;
        });
    }

    /**
     * Removes the credential under {@code key} if it is still {@code value}, in one Lua script.
     *
     * @throws RedisStoreException if Redis is unreachable and the fallback is {@code NONE}
     */
    @Override
    public void invalidate(String key, String value) {
        Objects.requireNonNull(value, "value");
        String redisKey = keys.key("token", key);
        degradation.call("invalidate", () -> redis.<Long>eval(INVALIDATE, ScriptOutputType.INTEGER, redisKey, value),
                () -> {
                    local.invalidate(key, value);
                    return 0L;
                });
    }

    /**
     * Tries {@code SET <lock> <random owner> NX PX ttl}; the returned lock releases by
     * compare-and-delete and never throws (if Redis is gone the lock simply expires).
     *
     * @throws RedisStoreException if Redis is unreachable and the fallback is {@code NONE}
     */
    @Override
    public Optional<RefreshLock> tryLock(String key, Duration ttl) {
        return tryLock(key, "lock", ttl);
    }

    /**
     * As {@link #tryLock(String, Duration)} under {@code <prefix>token:{<key>}:<name>}: in the
     * credential's Cluster slot (e.g. {@code force}, the spacing of forced refreshes).
     */
    @Override
    public Optional<RefreshLock> tryLock(String key, String name, Duration ttl) {
        if (ttl.isNegative() || ttl.toMillis() <= 0) {
            throw new IllegalArgumentException("lock ttl must be at least 1 ms: " + ttl);
        }
        if (name.isEmpty() || name.indexOf('{') >= 0 || name.indexOf('}') >= 0) {
            throw new IllegalArgumentException("lock name must be non-empty and without braces: " + name);
        }
        String lockKey = keys.key("token", key, ":" + name);
        byte[] token = new byte[16];
        random.nextBytes(token);
        String owner = HexFormat.of().formatHex(token);
        return degradation.call("tryLock",
                () -> redis.setIfAbsent(lockKey, owner, ttl) ? Optional.of(release(lockKey, owner)) : Optional.empty(),
                () -> local.tryLock(key + ":" + name, ttl));
    }

    private RefreshLock release(String lockKey, String owner) {
        return () -> {
            try {
                redis.eval(RELEASE, ScriptOutputType.INTEGER, lockKey, owner);
            } catch (RedisException e) {
                LOG.debug("could not release a wxkit refresh lock; it expires by itself ({})",
                        e.getClass().getSimpleName());
            }
        };
    }

    private static Optional<Credential> decode(String stored, String key) {
        int i = stored.indexOf(SEPARATOR);
        if (i > 0 && i < stored.length() - 1) {
            try {
                return Optional.of(new Credential(stored.substring(i + 1), Instant.parse(stored.substring(0, i))));
            } catch (DateTimeParseException e) {
                // fall through: not written by wxkit
            }
        }
        LOG.warn("ignoring a value under the wxkit token key for '{}' that wxkit did not write", key);
        return Optional.empty();
    }
}
