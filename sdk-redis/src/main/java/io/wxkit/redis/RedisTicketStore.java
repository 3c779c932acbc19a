package io.wxkit.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.RedisClusterClient;
import io.wxkit.core.ticket.TicketStore;
import io.wxkit.redis.internal.LuaScript;
import io.wxkit.redis.internal.RedisGateway;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Single-use SSO login tickets shared by the cluster: a ticket issued on one node can be redeemed
 * on any node, and only once.
 *
 * <pre>{@code
 * TicketStore tickets = RedisTicketStore.create(redis);
 * tickets.put(ticket, "openid=o6_bmjrPTlm6", Duration.ofMinutes(1));
 * }</pre>
 *
 * <p>{@link #take} is one Lua script doing {@code GET} then {@code DEL} atomically (it behaves as
 * {@code GETDEL} and also runs on Redis older than 6.2): of any number of nodes racing for the
 * same ticket exactly one receives the payload. The Redis key is {@code <prefix>ticket:{<h>}} where
 * {@code h} is the base64url SHA-256 of the ticket, so the bearer secret itself never appears in
 * key listings, {@code MONITOR} output or slow logs.
 *
 * <p>Fails closed: while Redis is unreachable every call throws {@link RedisStoreException}. There
 * is no local fallback, because a ticket must never be redeemable twice. A {@code take} that timed
 * out may have consumed the ticket: the user signs in again, never twice. Thread-safe; every call
 * blocks for at most the command timeout.
 */
public final class RedisTicketStore implements TicketStore {
    private static final LuaScript TAKE = LuaScript.of("""
            local v = redis.call('GET', KEYS[1])
            if v then redis.call('DEL', KEYS[1]) end
            return v
            """);

    private final RedisGateway redis;
    private final KeySpace keys;
    private final Degradation degradation = new Degradation("ticket store", RedisFallback.NONE);

    RedisTicketStore(RedisGateway redis, KeySpace keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /**
     * A store on its own connection from {@code client} (standalone, or Sentinel through the client's
     * {@code RedisURI}), with the defaults of {@link RedisStores#builder(RedisClient)}.
     *
     * @param client the Lettuce client to open the connection from
     * @return the ticket store on its own connection
     */
    public static RedisTicketStore create(RedisClient client) {
        return RedisStores.create(client).ticketStore();
    }

    /**
     * As {@link #create(RedisClient)}, on a Redis Cluster.
     *
     * @param client the Lettuce cluster client to open the connection from
     * @return the ticket store on its own connection
     */
    public static RedisTicketStore create(RedisClusterClient client) {
        return RedisStores.create(client).ticketStore();
    }

    /**
     * Stores {@code payload} under {@code ticket} for at most {@code ttl}.
     *
     * @throws RedisStoreException if Redis is unreachable (the ticket must not be handed out then)
     */
    @Override
    public void put(String ticket, String payload, Duration ttl) {
        Objects.requireNonNull(payload, "payload");
        RedisDedupStore.requirePositive(ttl);
        String redisKey = redisKey(ticket);
        degradation.call("put", () -> {
            redis.set(redisKey, payload, ttl);
            return null;
        });
    }

    /**
     * Returns and removes the payload of {@code ticket}, atomically across the cluster.
     *
     * @throws RedisStoreException if Redis is unreachable; the ticket then counts as not redeemed
     */
    @Override
    public Optional<String> take(String ticket) {
        String redisKey = redisKey(ticket);
        return degradation.call("take",
                () -> Optional.ofNullable(redis.<String>eval(TAKE, ScriptOutputType.VALUE, redisKey)));
    }

    private String redisKey(String ticket) {
        Objects.requireNonNull(ticket, "ticket");
        if (ticket.isEmpty()) {
            throw new IllegalArgumentException("ticket is empty");
        }
        return keys.key("ticket", sha256(ticket));
    }

    private static String sha256(String ticket) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(ticket.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
