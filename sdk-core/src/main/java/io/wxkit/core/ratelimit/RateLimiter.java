package io.wxkit.core.ratelimit;

import java.time.Duration;

/**
 * Counts actions per key in fixed windows, for anti-abuse limits (votes, lottery draws, forced
 * token refreshes). A distributed implementation counts across JVMs.
 */
public interface RateLimiter {

    /**
     * Counts one action for {@code key} and says whether it stays within {@code limit} actions per
     * {@code window}. Atomic: {@code limit} concurrent callers at most get {@code true} per window.
     */
    boolean tryAcquire(String key, int limit, Duration window);
}
