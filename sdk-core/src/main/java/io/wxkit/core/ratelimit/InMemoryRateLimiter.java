package io.wxkit.core.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The single-JVM {@link RateLimiter}: fixed windows aligned to the epoch, counted in memory.
 *
 * <pre>{@code
 * RateLimiter limiter = InMemoryRateLimiter.create(Clock.systemUTC());
 * if (!limiter.tryAcquire("vote:" + openid, 10, Duration.ofMinutes(1))) { ... }
 * }</pre>
 */
public final class InMemoryRateLimiter implements RateLimiter {
    private record Window(AtomicInteger count, Duration length) {}

    private final Clock clock;
    // a window's counter is useless once the window is over: it expires after one window length
    private final Cache<String, Window> counters = Caffeine.newBuilder()
            .expireAfter(Expiry.<String, Window>creating((k, w) -> w.length()))
            .maximumSize(1_000_000)
            .build();

    private InMemoryRateLimiter(Clock clock) {
        this.clock = clock;
    }

    /**
     * A limiter for this JVM whose windows are read from {@code clock}; it keeps at most 1,000,000 counters, each
     * dropped one window length after it was created.
     *
     * @param clock the clock that decides which window an action falls in
     * @return a new limiter, thread-safe
     * @throws NullPointerException if {@code clock} is null
     */
    public static InMemoryRateLimiter create(Clock clock) {
        return new InMemoryRateLimiter(Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public boolean tryAcquire(String key, int limit, Duration window) {
        if (limit <= 0 || window.toMillis() < 1) { // windows are whole milliseconds (the slot divides by them)
            throw new IllegalArgumentException("limit must be positive and window at least 1 ms");
        }
        long slot = clock.millis() / window.toMillis();
        Window w = counters.get(key + '#' + window.toMillis() + '#' + slot, k -> new Window(new AtomicInteger(), window));
        return w.count().incrementAndGet() <= limit;
    }
}
