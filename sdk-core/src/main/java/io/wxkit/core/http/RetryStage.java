package io.wxkit.core.http;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * Repeats the rest of the pipeline on transient failures ({@link RetryPolicy#isRetryable}),
 * waiting {@link RetryPolicy#delay} before each retry; a transport failure moves the next attempt
 * to the next base URL (WeChat's fallback hosts). Every failure leaving this stage carries the
 * total number of attempts, and an ambiguous one (WeChat may have carried out the call) says so with
 * {@link WxApiException#isOutcomeUnknown()} and the request's {@code clientMsgId}.
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
                    throw finalFailure(e, total, exchange.request());
                }
                try {
                    sleeper.sleep(policy.delay(attempt, random));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw finalFailure(e, total, exchange.request());
                }
                if (e.isTransportFailure()) {
                    host = (host + 1) % hostCount;
                }
            }
        }
    }

    /**
     * The failure leaving this stage, with the attempt count; flagged when WeChat may have acted on a
     * request whose repetition is not plainly harmless (not idempotent, or idempotent only through its
     * dedup id). A read or a replacing write needs no flag: sending it again is always safe.
     */
    private WxApiException finalFailure(WxApiException e, int total, ApiRequest request) {
        WxApiException counted = e.withAttempts(total);
        boolean matters = !request.idempotent() || request.clientMsgId() != null;
        return matters && policy.isAmbiguous(e) ? counted.withOutcomeUnknown(request.clientMsgId()) : counted;
    }
}
