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

        public String getKeyPrefix() { return keyPrefix; }
        public void setKeyPrefix(String keyPrefix) { this.keyPrefix = keyPrefix; }
    }

    public StoreType getStore() { return store; }
    public void setStore(StoreType store) { this.store = store; }
    public Redis getRedis() { return redis; }
}
