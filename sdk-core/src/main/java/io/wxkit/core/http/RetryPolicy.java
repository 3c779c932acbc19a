package io.wxkit.core.http;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How a WeChat API call is retried: which failures count as transient and how long to wait before
 * each retry (bounded exponential backoff with full jitter).
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.defaults().withMaxAttempts(5).withMaxDelay(Duration.ofSeconds(1));
 * ApiClient api = ApiClient.builder().retryPolicy(policy).build();
 * }</pre>
 *
 * <p>Retried: errcode {@code -1} (system busy, plus any code in {@link #retryableErrcodes()}), HTTP
 * 5xx, and transport failures; but an {@linkplain #isAmbiguous ambiguous} failure, one after which
 * WeChat may have carried out the call (a transport failure once the request may have been written,
 * HTTP 5xx, errcode {@code -1}), is retried only for a request that is
 * {@linkplain ApiRequest#idempotent() idempotent}. A template message, a customer-service message or
 * a mass send is therefore never sent twice by the SDK: its failure reports
 * {@link WxApiException#isOutcomeUnknown()} instead. A transport failure that certainly never reached
 * WeChat (connection refused, unknown host, connect timeout) is retried for every request. The
 * token-invalid codes 40001/40014/42001 are not part of this budget: they get exactly one
 * invalidate-and-retry of their own (WeChat refused the call, so it was not carried out).
 *
 * @param maxAttempts HTTP requests per call including the first; 1 disables retries
 * @param baseDelay ceiling of the first retry's delay
 * @param maxDelay cap of every delay
 * @param retryableErrcodes WeChat errcodes retried besides {@code -1}
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Set<Integer> retryableErrcodes) {

    /**
     * Validates the policy and copies {@code retryableErrcodes}.
     *
     * @param maxAttempts HTTP requests per call including the first; 1 disables retries
     * @param baseDelay ceiling of the first retry's delay
     * @param maxDelay cap of every delay
     * @param retryableErrcodes WeChat errcodes retried besides {@code -1}
     * @throws IllegalArgumentException if {@code maxAttempts} is below 1 or a delay is negative
     * @throws NullPointerException if a delay or {@code retryableErrcodes} is null, or it holds null
     */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (baseDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
        retryableErrcodes = Set.copyOf(retryableErrcodes);
    }

    /**
     * 3 attempts, 100 ms base delay, 2 s cap, errcode -1.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(2), Set.of(-1));
    }

    /**
     * One attempt: no retry (the token-invalid retry still happens).
     *
     * @return a policy of one attempt and the default delays
     */
    public static RetryPolicy none() {
        return defaults().withMaxAttempts(1);
    }

    /**
     * A copy with another number of HTTP requests per call, the first included.
     *
     * @param maxAttempts 1 or more; 1 disables retries
     * @return the copy
     * @throws IllegalArgumentException if {@code maxAttempts} is below 1
     */
    public RetryPolicy withMaxAttempts(int maxAttempts) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, retryableErrcodes);
    }

    /**
     * A copy with another ceiling for the first retry's delay (it doubles for each later retry, up to
     * {@link #maxDelay()}).
     *
     * @param baseDelay zero or positive
     * @return the copy
     * @throws NullPointerException if {@code baseDelay} is null
     * @throws IllegalArgumentException if {@code baseDelay} is negative
     */
    public RetryPolicy withBaseDelay(Duration baseDelay) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, retryableErrcodes);
    }

    /**
     * A copy with another cap on every delay.
     *
     * @param maxDelay zero or positive; zero retries without waiting
     * @return the copy
     * @throws NullPointerException if {@code maxDelay} is null
     * @throws IllegalArgumentException if {@code maxDelay} is negative
     */
    public RetryPolicy withMaxDelay(Duration maxDelay) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, retryableErrcodes);
    }

    /**
     * A copy that also retries these WeChat errcodes (errcode {@code -1} is always ambiguous and retried for
     * idempotent requests, whether listed or not).
     *
     * @param retryableErrcodes the errcodes, copied
     * @return the copy
     * @throws NullPointerException if {@code retryableErrcodes} is null or holds null
     */
    public RetryPolicy withRetryableErrcodes(Set<Integer> retryableErrcodes) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, retryableErrcodes);
    }

    /**
     * The upper bound of the delay before retry number {@code retry} (1 = first retry):
     * {@code min(maxDelay, baseDelay * 2^(retry-1))}. Pure.
     *
     * @param retry the retry number, 1 or more
     * @return the ceiling, between zero and {@link #maxDelay()}
     * @throws IllegalArgumentException if {@code retry} is below 1
     */
    public Duration ceiling(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry counts from 1: " + retry);
        }
        int shift = Math.min(retry - 1, 30);
        long nanos = baseDelay.toNanos();
        long max = maxDelay.toNanos();
        long scaled = nanos > (max >> shift) ? max : nanos << shift;
        return Duration.ofNanos(Math.min(scaled, max));
    }

    /**
     * The delay before retry number {@code retry}: uniformly drawn from {@code [0, ceiling(retry)]}
     * with {@code random} ("full jitter", so clients that failed together do not retry together).
     *
     * @param retry the retry number, 1 or more
     * @param random the jitter source
     * @return the delay, between zero and {@link #ceiling(int)} inclusive
     * @throws IllegalArgumentException if {@code retry} is below 1
     */
    public Duration delay(int retry, SecureRandom random) {
        long ceiling = ceiling(retry).toNanos();
        if (ceiling == 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(random.nextLong(ceiling + 1));
    }

    /**
     * Whether {@code failure} of a request ({@code idempotent} or not) is worth another attempt.
     *
     * @param failure how the last attempt failed
     * @param idempotent whether the request may be repeated after a lost answer ({@link ApiRequest#idempotent()})
     * @return true for an ambiguous failure of an idempotent request, a transport failure that never reached WeChat,
     *     or an errcode in {@link #retryableErrcodes()} that is not ambiguous
     */
    public boolean isRetryable(WxApiException failure, boolean idempotent) {
        if (isAmbiguous(failure)) {
            return idempotent;
        }
        return failure.isTransportFailure() || retryableErrcodes.contains(failure.errcode());
    }

    /**
     * Whether WeChat may have carried out the call that ended in {@code failure}: a transport failure
     * that is not certainly before sending (a read timeout, a reset, an unusable answer), an HTTP 5xx
     * status (an edge proxy may answer 5xx after the backend accepted the call), or errcode {@code -1}.
     *
     * @param failure how the attempt failed
     * @return true if the call may have been carried out
     */
    public boolean isAmbiguous(WxApiException failure) {
        if (failure.isTransportFailure()) {
            return !neverSent(failure.getCause());
        }
        return failure.httpStatus() >= 500 || failure.errcode() == -1;
    }

    private static boolean neverSent(Throwable cause) {
        if (cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException) {
            return true;
        }
        return cause instanceof SocketTimeoutException
                && String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("connect");
    }
}
