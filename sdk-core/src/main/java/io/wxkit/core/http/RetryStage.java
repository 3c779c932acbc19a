package io.wxkit.core.http;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * Repeats the rest of the pipeline on transient failures ({@link RetryPolicy#isRetryable}),
 * waiting {@link RetryPolicy#delay} before each retry; a transport failure moves the next attempt
 * to the next base URL (WeChat's fallback hosts). Every failure leaving this stage carries the
 * total number of attempts.
 */
final class RetryStage implements Stage {
    private final RetryPolicy policy;
    private final SecureRandom random;
    private final Sleeper sleeper;
    private final int hostCount;

    RetryStage(RetryPolicy policy, SecureRandom random, Sleeper sleeper, int hostCount) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.random = Objects.requireNonNull(random, "random");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        if (hostCount < 1) {
            throw new IllegalArgumentException("at least one host");
        }
        this.hostCount = hostCount;
    }

    @Override
    public Reply handle(Exchange exchange, Chain next) {
        boolean repeatable = exchange.request().repeatable();
        int host = exchange.hostIndex();
        for (int attempt = 1; ; attempt++) {
            try {
                return next.proceed(exchange.withHost(host));
            } catch (WxApiException e) {
                int total = exchange.priorAttempts() + attempt;
                if (attempt >= policy.maxAttempts() || !repeatable
                        || !policy.isRetryable(e, exchange.request().idempotent())) {
                    throw e.withAttempts(total);
                }
                try {
                    sleeper.sleep(policy.delay(attempt, random));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e.withAttempts(total);
                }
                if (e.isTransportFailure()) {
                    host = (host + 1) % hostCount;
                }
            }
        }
    }
}
