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
     *
     * @param key what is counted, e.g. {@code vote:} + openid
     * @param limit the most actions allowed per window, positive
     * @param window the window length, at least 1 millisecond (where a window starts is the implementation's choice)
     * @return true if this action is within the limit; the action is counted either way
     * @throws IllegalArgumentException if {@code limit} is not positive or {@code window} is shorter than 1 ms
     */
    boolean tryAcquire(String key, int limit, Duration window);
}
