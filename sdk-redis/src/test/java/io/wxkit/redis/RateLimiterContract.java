package io.wxkit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.ratelimit.RateLimiter;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link RateLimiter} promises: never more than {@code limit} actions per window. */
abstract class RateLimiterContract {
    static final Duration WINDOW = Duration.ofMinutes(1);

    abstract RateLimiter limiter();

    static String key() {
        return "vote:" + UUID.randomUUID();
    }

    @Test
    void theLimitIsReachedThenRefused() {
        String key = key();
        for (int i = 0; i < 3; i++) {
            assertThat(limiter().tryAcquire(key, 3, WINDOW)).isTrue();
        }
        assertThat(limiter().tryAcquire(key, 3, WINDOW)).isFalse();
        assertThat(limiter().tryAcquire(key(), 3, WINDOW)).as("another key has its own count").isTrue();
    }

    @Test
    void sixtyFourRacingCallersNeverExceedTheLimit() throws Exception {
        String key = key();
        List<Boolean> allowed = Race.run(64, () -> limiter().tryAcquire(key, 10, WINDOW));
        assertThat(allowed).filteredOn(a -> a).hasSize(10);
    }

    @Test
    void nonPositiveLimitsAndWindowsAreRejected() {
        assertThatThrownBy(() -> limiter().tryAcquire(key(), 0, WINDOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limiter().tryAcquire(key(), 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        // windows are counted in whole milliseconds: a shorter one is refused, not divided by zero or expired at once
        assertThatThrownBy(() -> limiter().tryAcquire(key(), 1, Duration.ofNanos(500_000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 ms");
        assertThat(limiter().tryAcquire(key(), 1, Duration.ofMillis(1))).isTrue();
    }
}
