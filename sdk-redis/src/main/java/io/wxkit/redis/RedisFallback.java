package io.wxkit.redis;

/**
 * What a Redis-backed wxkit store does while Redis cannot answer (down, unreachable, or slower than
 * the command timeout): see {@code docs/decisions.md}, "sdk-redis: failure behaviour".
 */
public enum RedisFallback {
    /**
     * Keep working on this JVM's memory: correct within one node, but the cluster-wide guarantee
     * (one token refresh, one handling) is lost until Redis is back. Logged once at WARN per outage.
     */
    LOCAL,
    /** Fail the call with a {@link RedisStoreException}: the guarantee is never silently weakened. */
    NONE
}
