package io.wxkit.spring.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code wxkit.store} and {@code wxkit.redis.*}: where tokens, locks, dedup marks, tickets and rate limits live. */
@ConfigurationProperties(prefix = "wxkit")
public class WxStoreProperties {
    /** memory (one JVM), redis (shared by every node, through sdk-redis) or auto (redis when a Redis connection is configured). */
    private StoreType store = StoreType.AUTO;
    /** The Redis settings of wxkit's stores; the connection itself is the application's {@code spring.data.redis.*}. */
    private final Redis redis = new Redis();

    /** The three store choices. */
    public enum StoreType {
        /** Caffeine in this JVM: fine for one node. */
        MEMORY,
        /** sdk-redis on the application's Redis connection: needed for clusters. */
        REDIS,
        /** redis when Lettuce and wxkit-redis are present and spring.data.redis.host or url is set, memory otherwise. */
        AUTO
    }

    /** wxkit's own Redis options. */
    public static class Redis {
        /** Prefix of every key wxkit writes, so several applications can share one Redis. */
        private String keyPrefix = "wxkit:";

        /**
         * {@code wxkit.redis.key-prefix}: the prefix of every Redis key wxkit writes (tokens, locks, dedup marks,
         * tickets, rate-limit counters), so several applications can share one Redis; default {@code wxkit:}.
         * Applications that share tokens must use the same prefix.
         *
         * @return the key prefix
         */
        public String getKeyPrefix() { return keyPrefix; }

        /**
         * Binds {@code wxkit.redis.key-prefix} (see {@link #getKeyPrefix()}).
         *
         * @param keyPrefix the key prefix
         */
        public void setKeyPrefix(String keyPrefix) { this.keyPrefix = keyPrefix; }
    }

    /**
     * {@code wxkit.store}: where wxkit keeps its state: {@code memory}, {@code redis} or {@code auto} (the
     * default); see {@link StoreType}. {@code redis} without wxkit-redis and Lettuce on the classpath fails
     * the startup.
     *
     * @return the store choice
     */
    public StoreType getStore() { return store; }

    /**
     * Binds {@code wxkit.store} (see {@link #getStore()}).
     *
     * @param store the store choice
     */
    public void setStore(StoreType store) { this.store = store; }

    /**
     * {@code wxkit.redis.*}: wxkit's own Redis options; the connection itself is the application's {@code
     * spring.data.redis.*}. Bound in place, so it has no setter.
     *
     * @return the Redis options, never {@code null}
     */
    public Redis getRedis() { return redis; }
}
