package io.wxkit.emulator.internal.mp.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.emulator.MutableClock;
import io.wxkit.emulator.internal.http.ApiError;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** WeChat's token rules (api-reference §1, §2), with an injected clock. */
class TokenRulesTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"));
    private final Tokens tokens = new Tokens(clock, new SecureRandom());

    private int errcode(String token) {
        try {
            tokens.appIdFor(token);
            return 0;
        } catch (ApiError e) {
            return e.errcode();
        }
    }

    @Test
    void classicTokenIsValidForSevenThousandTwoHundredSecondsThen42001() {
        Tokens.Grant g = tokens.classic("wx1");
        assertThat(g.expiresIn()).isEqualTo(7200);
        assertThat(g.accessToken()).hasSizeGreaterThan(130);
        assertThat(tokens.appIdFor(g.accessToken())).isEqualTo("wx1");
        clock.advance(Duration.ofSeconds(7199));
        assertThat(errcode(g.accessToken())).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(errcode(g.accessToken())).isEqualTo(42001);
    }

    @Test
    void newClassicTokenLeavesThePreviousOneFiveMinutesAndKillsOlderOnes() {
        String first = tokens.classic("wx1").accessToken();
        String second = tokens.classic("wx1").accessToken();
        assertThat(second).isNotEqualTo(first);
        assertThat(errcode(first)).isZero();
        clock.advance(Duration.ofSeconds(299));
        assertThat(errcode(first)).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(errcode(first)).isEqualTo(40001);
        assertThat(errcode(second)).isZero();
        String third = tokens.classic("wx1").accessToken();
        tokens.classic("wx1");
        assertThat(errcode(second)).isZero();
        assertThat(errcode(third)).isZero();
        clock.advance(Duration.ofMinutes(5));
        assertThat(errcode(second)).isEqualTo(40001);
        assertThat(errcode(third)).isEqualTo(40001);
    }

    @Test
    void stableTokenIsTheSameUntilItsLastFiveMinutes() {
        Tokens.Grant a = tokens.stable("wx1", false);
        clock.advance(Duration.ofSeconds(1000));
        Tokens.Grant b = tokens.stable("wx1", false);
        assertThat(b.accessToken()).isEqualTo(a.accessToken());
        assertThat(b.expiresIn()).isEqualTo(6200);
        clock.advance(Duration.ofSeconds(5900));
        Tokens.Grant c = tokens.stable("wx1", false);
        assertThat(c.accessToken()).isNotEqualTo(a.accessToken());
        assertThat(c.expiresIn()).isEqualTo(7200);
        assertThat(errcode(a.accessToken())).as("the old one lives until its own expiry").isZero();
        clock.advance(Duration.ofSeconds(300));
        assertThat(errcode(a.accessToken())).isEqualTo(42001);
    }

    @Test
    void forceRefreshKillsTheOldStableTokenAtOnce() {
        String old = tokens.stable("wx1", false).accessToken();
        String fresh = tokens.stable("wx1", true).accessToken();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(errcode(old)).isEqualTo(40001);
        assertThat(errcode(fresh)).isZero();
    }

    @Test
    void forceRefreshWithinThirtySecondsOfTheLastForceReturnsTheCurrentToken() {
        tokens.stable("wx1", false);
        String forced = tokens.stable("wx1", true).accessToken();
        clock.advance(Duration.ofSeconds(29));
        assertThat(tokens.stable("wx1", true).accessToken()).isEqualTo(forced);
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.stable("wx1", true).accessToken()).isNotEqualTo(forced);
    }

    @Test
    void twentyForcedRefreshesPerDayThen45009() {
        tokens.stable("wx1", false);
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofSeconds(31));
            tokens.stable("wx1", true);
        }
        clock.advance(Duration.ofSeconds(31));
        assertThatThrownBy(() -> tokens.stable("wx1", true))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.errcode()).isEqualTo(45009));
        clock.advance(Duration.ofDays(1));
        assertThat(tokens.stable("wx1", true).accessToken()).isNotNull();
    }

    @Test
    void stableAndClassicTokensDoNotInvalidateEachOther() {
        String stable = tokens.stable("wx1", false).accessToken();
        tokens.classic("wx1");
        tokens.classic("wx1");
        String classic = tokens.classic("wx1").accessToken();
        tokens.stable("wx1", true);
        assertThat(errcode(classic)).isZero();
        assertThat(errcode(stable)).isEqualTo(40001);
    }

    @Test
    void missingMalformedAndUnknownTokensHaveTheirOwnCodes() {
        assertThat(errcode(null)).isEqualTo(41001);
        assertThat(errcode("garbage")).isEqualTo(40014);
        String forged = "88_" + "A".repeat(132);
        assertThat(errcode(forged)).isEqualTo(40001);
    }

    @Test
    void invalidateAllKillsBothKindsForThatAccountOnly() {
        String a = tokens.classic("wx1").accessToken();
        String b = tokens.stable("wx1", false).accessToken();
        String other = tokens.classic("wx2").accessToken();
        tokens.invalidateAll("wx1");
        assertThat(errcode(a)).isEqualTo(40001);
        assertThat(errcode(b)).isEqualTo(40001);
        assertThat(errcode(other)).isZero();
        assertThat(tokens.stable("wx1", false).accessToken()).isNotEqualTo(b);
    }

    @Test
    void grantNeverPrintsTheToken() {
        Tokens.Grant g = tokens.classic("wx1");
        assertThat(g.toString()).doesNotContain(g.accessToken());
    }
}
