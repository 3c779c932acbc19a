package io.wxkit.pay.internal;

import java.security.SecureRandom;
import java.time.Duration;

/**
 * Retry budget for WeChat Pay calls: transport failures and 5xx answers are retried up to
 * {@code maxAttempts} in total (alternating with the backup host), waiting a full-jitter exponential
 * backoff between attempts.
 *
 * @param maxAttempts total attempts, at least 1
 * @param baseDelay   first backoff ceiling
 * @param maxDelay    cap of any backoff
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
    /** 3 attempts, 100 ms base, 2 s cap. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(2));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1: " + maxAttempts);
        }
        if (baseDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
    }

    /** The wait before attempt {@code attempt + 1} after attempt {@code attempt} (1-based) failed: uniform in [0, min(cap, base·2^(attempt-1))]. */
    public Duration delay(int attempt, SecureRandom random) {
        long ceiling = baseDelay.toMillis() << Math.min(20, Math.max(0, attempt - 1));
        long capped = Math.min(maxDelay.toMillis(), ceiling);
        return capped <= 0 ? Duration.ZERO : Duration.ofMillis((long) (random.nextDouble() * (capped + 1)));
    }
}
