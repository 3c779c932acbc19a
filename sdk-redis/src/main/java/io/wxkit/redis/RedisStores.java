package io.wxkit.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.RedisClusterClient;
import io.wxkit.redis.internal.RedisGateway;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Redis side of a wxkit cluster: one Lettuce connection shared by the token store, the
 * callback dedup store, the SSO ticket store and the rate limiter of every node.
 *
 * <pre>{@code
 * RedisStores redis = RedisStores.builder(RedisURI.create("redis://127.0.0.1:6379")).keyPrefix("shop:").build();
 * AccessTokenManager tokens = AccessTokenManager.builder().appId(appId).secret(secret).tokenStore(redis.tokenStore()).build();
 * }</pre>
 *
 * <p>Accepts a {@link RedisClient} (standalone, or Sentinel when its {@code RedisURI} names
 * sentinels), a {@link RedisURI} (wxkit then owns the client and shuts it down on {@link #close()})
 * or a {@link RedisClusterClient}. Nothing connects until the first command, so an application
 * starts while Redis is down; what each store does then is its {@link RedisFallback}.
 *
 * <p>Immutable and thread-safe; build one per application and share it.
 */
public final class RedisStores implements AutoCloseable {
    /** How long Redis is not asked again after it failed to answer (calls fail or fall back at once meanwhile). */
    static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(1);

    private final RedisGateway gateway;
    private final RedisTokenStore tokenStore;
    private final RedisDedupStore dedupStore;
    private final RedisTicketStore ticketStore;
    private final RedisRateLimiter rateLimiter;

    private RedisStores(Builder b) {
        this.gateway = b.connector.apply(b);
        KeySpace keys = KeySpace.of(b.keyPrefix);
        this.tokenStore = new RedisTokenStore(gateway, keys, b.clock, b.random, b.tokenFallback);
        this.dedupStore = new RedisDedupStore(gateway, keys, b.dedupFallback);
        this.ticketStore = new RedisTicketStore(gateway, keys);
        this.rateLimiter = new RedisRateLimiter(gateway, keys, b.clock, b.rateLimitFallback);
    }

    /**
     * Stores with default options on a connection from {@code client}, which stays the caller's to shut down.
     *
     * @param client the Lettuce client to open the shared connection from
     * @return the four stores over one connection
     */
    public static RedisStores create(RedisClient client) {
        return builder(client).build();
    }

    /**
     * Stores with default options on a Redis Cluster; {@code client} stays the caller's to shut down.
     *
     * @param client the Lettuce cluster client to open the shared connection from
     * @return the four stores over one connection
     */
    public static RedisStores create(RedisClusterClient client) {
        return builder(client).build();
    }

    /**
     * Stores with default options on a client wxkit creates for {@code uri} and shuts down on {@link #close()}.
     *
     * @param uri where Redis is (standalone, or Sentinel)
     * @return the four stores over one connection
     */
    public static RedisStores create(RedisURI uri) {
        return builder(uri).build();
    }

    /**
     * A builder over {@code client} (standalone or Sentinel).
     *
     * @param client the Lettuce client to open the shared connection from
     * @return a builder with every option at its default
     */
    public static Builder builder(RedisClient client) {
        Objects.requireNonNull(client, "client");
        return new Builder(b -> RedisGateway.of(client, b.commandTimeout, PAUSE_AFTER_FAILURE, b.clock));
    }

    /**
     * A builder over a Redis Cluster {@code client}.
     *
     * @param client the Lettuce cluster client to open the shared connection from
     * @return a builder with every option at its default
     */
    public static Builder builder(RedisClusterClient client) {
        Objects.requireNonNull(client, "client");
        return new Builder(b -> RedisGateway.of(client, b.commandTimeout, PAUSE_AFTER_FAILURE, b.clock));
    }

    /**
     * A builder over a client wxkit creates for {@code uri} (standalone, or Sentinel with
     * {@code RedisURI.Builder.sentinel(..)}), rejecting commands at once while disconnected.
     *
     * @param uri where Redis is (standalone, or Sentinel)
     * @return a builder with every option at its default
     */
    public static Builder builder(RedisURI uri) {
        Objects.requireNonNull(uri, "uri");
        return new Builder(b -> RedisGateway.of(uri, b.commandTimeout, PAUSE_AFTER_FAILURE, b.clock));
    }

    /**
     * The shared {@code access_token}/{@code jsapi_ticket} store with its cross-node refresh lock.
     *
     * @return the token store, the same instance on every call
     */
    public RedisTokenStore tokenStore() {
        return tokenStore;
    }

    /**
     * The callback and payment-notification dedup store.
     *
     * @return the dedup store, the same instance on every call
     */
    public RedisDedupStore dedupStore() {
        return dedupStore;
    }

    /**
     * The single-use SSO ticket store.
     *
     * @return the ticket store, the same instance on every call
     */
    public RedisTicketStore ticketStore() {
        return ticketStore;
    }

    /**
     * The cluster-wide fixed-window rate limiter.
     *
     * @return the rate limiter, the same instance on every call
     */
    public RedisRateLimiter rateLimiter() {
        return rateLimiter;
    }

    /** Closes the shared connection (and the client, if built from a {@code RedisURI}); the stores then fail. */
    @Override
    public void close() {
        gateway.close();
    }

    /** Options of {@link RedisStores}; every one has a default. Not thread-safe; build once. */
    public static final class Builder {
        private final Function<Builder, RedisGateway> connector;
        private String keyPrefix = KeySpace.DEFAULT_PREFIX;
        private Duration commandTimeout = Duration.ofSeconds(1);
        private Clock clock = Clock.systemUTC();
        private SecureRandom random = new SecureRandom();
        private RedisFallback tokenFallback = RedisFallback.LOCAL;
        private RedisFallback dedupFallback = RedisFallback.LOCAL;
        private RedisFallback rateLimitFallback = RedisFallback.NONE;

        private Builder(Function<Builder, RedisGateway> connector) {
            this.connector = connector;
        }

        /**
         * Prefix of every key (default {@code wxkit:}); no braces. Give each application its own.
         *
         * @param keyPrefix the prefix, for example {@code shop:wxkit:}
         * @return this builder
         */
        public Builder keyPrefix(String keyPrefix) {
            this.keyPrefix = KeySpace.of(keyPrefix).prefix();
            return this;
        }

        /**
         * The longest any store call waits for Redis (default 1 s); then it counts as unavailable.
         *
         * @param commandTimeout at least 1 ms
         * @return this builder
         */
        public Builder commandTimeout(Duration commandTimeout) {
            Objects.requireNonNull(commandTimeout, "commandTimeout");
            if (commandTimeout.isNegative() || commandTimeout.toMillis() <= 0) {
                throw new IllegalArgumentException("commandTimeout must be at least 1 ms: " + commandTimeout);
            }
            this.commandTimeout = commandTimeout;
            return this;
        }

        /**
         * The clock for credential expiry and the pause after a Redis failure (default system UTC).
         *
         * @param clock the clock; tests pass a fixed or stepping one
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The random source of refresh-lock owner tokens (default a new {@link SecureRandom}).
         *
         * @param random the random source
         * @return this builder
         */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * What the token store does while Redis is unreachable (default {@link RedisFallback#LOCAL}).
         *
         * @param fallback {@link RedisFallback#LOCAL} or {@link RedisFallback#NONE}
         * @return this builder
         */
        public Builder tokenFallback(RedisFallback fallback) {
            this.tokenFallback = Objects.requireNonNull(fallback, "fallback");
            return this;
        }

        /**
         * What the dedup store does for callback messages while Redis is unreachable (default
         * {@link RedisFallback#LOCAL}); WeChat Pay notifications ignore it and fail closed
         * ({@link RedisDedupStore#failClosed()}).
         *
         * @param fallback {@link RedisFallback#LOCAL} or {@link RedisFallback#NONE}
         * @return this builder
         */
        public Builder dedupFallback(RedisFallback fallback) {
            this.dedupFallback = Objects.requireNonNull(fallback, "fallback");
            return this;
        }

        /**
         * What the rate limiter does while Redis is unreachable (default {@link RedisFallback#NONE}).
         *
         * @param fallback {@link RedisFallback#LOCAL} or {@link RedisFallback#NONE}
         * @return this builder
         */
        public Builder rateLimitFallback(RedisFallback fallback) {
            this.rateLimitFallback = Objects.requireNonNull(fallback, "fallback");
            return this;
        }

        /**
         * The stores; nothing connects yet.
         *
         * @return the stores, sharing one lazily opened connection
         */
        public RedisStores build() {
            return new RedisStores(this);
        }
    }
}
