package io.wxkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    final RetryPolicy policy = RetryPolicy.defaults();

    @Test
    void defaultsAreThreeAttemptsHundredMillisecondBaseTwoSecondCap() {
        assertThat(policy.maxAttempts()).isEqualTo(3);
        assertThat(policy.baseDelay()).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.maxDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.retryableErrcodes()).containsExactly(-1);
    }

    @Test
    void ceilingDoublesPerRetryAndStopsAtTheCap() {
        assertThat(policy.ceiling(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.ceiling(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.ceiling(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.ceiling(5)).isEqualTo(Duration.ofMillis(1600));
        assertThat(policy.ceiling(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.ceiling(64)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.ceiling(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void delayIsFullJitterWithinZeroAndTheCeiling() {
        SecureRandom random = new SecureRandom();
        for (int retry = 1; retry <= 8; retry++) {
            Set<Duration> seen = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                Duration d = policy.delay(retry, random);
                assertThat(d).isBetween(Duration.ZERO, policy.ceiling(retry));
                seen.add(d);
            }
            assertThat(seen).as("jitter spreads the delays").hasSizeGreaterThan(100);
        }
    }

    @Test
    void delayIsDrawnFromTheInjectedRandom() {
        SecureRandom alwaysTop = new SecureRandom() {
            @Override
            public long nextLong(long bound) {
                return bound - 1;
            }
        };
        assertThat(policy.delay(3, alwaysTop)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.withBaseDelay(Duration.ZERO).delay(3, alwaysTop)).isEqualTo(Duration.ZERO);
    }

    @Test
    void systemBusyServerErrorsAndTransportFailuresAreRetryableForIdempotentRequests() {
        assertThat(policy.isRetryable(WxApiException.of(-1, "system error", "GET /x"), true)).isTrue();
        assertThat(policy.isRetryable(WxApiException.httpStatus(503, "GET /x"), true)).isTrue();
        assertThat(policy.isRetryable(WxApiException.transport(new IOException("reset"), "GET /x"), true)).isTrue();
    }

    @Test
    void configurationAndPermissionErrorsAreNotRetryable() {
        for (int errcode : new int[] {40013, 40125, 40243, 45009, 48001, 40164, 40001, 40014, 42001}) {
            assertThat(policy.isRetryable(WxApiException.of(errcode, "no", "POST /x"), true)).as("%d", errcode).isFalse();
        }
        assertThat(policy.isRetryable(WxApiException.httpStatus(404, "GET /x"), true)).isFalse();
    }

    @Test
    void extraErrcodesCanBeMadeRetryable() {
        assertThat(policy.withRetryableErrcodes(Set.of(45011)).isRetryable(WxApiException.of(45011, "freq", "POST /x"), false))
                .isTrue();
    }

    @Test
    void lostAnswersOfNonIdempotentCallsAreRetriedOnlyIfTheRequestNeverLeft() {
        assertThat(policy.isRetryable(WxApiException.transport(new SocketTimeoutException("timeout"), "POST /x"), false))
                .isFalse();
        assertThat(policy.isRetryable(WxApiException.transport(new IOException("unexpected end of stream"), "POST /x"),
                false)).isFalse();
        assertThat(policy.isRetryable(WxApiException.transport(new ConnectException("refused"), "POST /x"), false)).isTrue();
        assertThat(policy.isRetryable(WxApiException.transport(new UnknownHostException("api"), "POST /x"), false)).isTrue();
        assertThat(policy.isRetryable(WxApiException.transport(new SocketTimeoutException("Connect timed out"), "POST /x"),
                false)).isTrue();
    }

    @Test
    void ambiguousFailuresOfNonIdempotentRequestsAreNotRetryable() {
        for (WxApiException ambiguous : List.of(WxApiException.of(-1, "system error", "POST /x"),
                WxApiException.httpStatus(502, "POST /x"), WxApiException.httpStatus(503, "POST /x"),
                WxApiException.httpStatus(504, "POST /x"),
                WxApiException.transport(new SocketTimeoutException("timeout"), "POST /x"),
                WxApiException.unusable("answer is not a JSON object", "POST /x"))) {
            assertThat(policy.isAmbiguous(ambiguous)).as(ambiguous.getMessage()).isTrue();
            assertThat(policy.isRetryable(ambiguous, false)).as(ambiguous.getMessage()).isFalse();
            assertThat(policy.isRetryable(ambiguous, true)).as(ambiguous.getMessage()).isTrue();
        }
        assertThat(policy.isAmbiguous(WxApiException.transport(new ConnectException("refused"), "POST /x"))).isFalse();
        assertThat(policy.isAmbiguous(WxApiException.of(45009, "api freq out of limit", "POST /x"))).isFalse();
        assertThat(policy.isAmbiguous(WxApiException.httpStatus(404, "POST /x"))).isFalse();
    }

    @Test
    void invalidBoundsAreRejected() {
        assertThatThrownBy(() -> policy.withMaxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.withMaxDelay(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.ceiling(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
