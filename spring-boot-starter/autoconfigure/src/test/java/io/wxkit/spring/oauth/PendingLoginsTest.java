package io.wxkit.spring.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PendingLoginsTest {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aStateIsTakenOnceAndOnlyBeforeItExpires() {
        PendingLogins p = new PendingLogins();
        p.add("S1", "/a", NOW.plus(Duration.ofMinutes(10)));
        p.add("S2", "/b", NOW.plus(Duration.ofMinutes(1)));
        assertThat(p.take("S1", NOW)).get().extracting(PendingLogins.Pending::returnTo).isEqualTo("/a");
        assertThat(p.take("S1", NOW)).isEmpty();
        assertThat(p.take("S2", NOW.plus(Duration.ofMinutes(1)))).as("expired").isEmpty();
        assertThat(p.isEmpty()).isTrue();
    }

    @Test
    void unknownStatesTakeNothingAndTheOldestGiveWayBeyondTheLimit() {
        PendingLogins p = new PendingLogins();
        for (int i = 0; i <= PendingLogins.MAX; i++) {
            p.add("S" + i, "/" + i, NOW.plusSeconds(60));
        }
        assertThat(p.take("nope", NOW)).isEmpty();
        assertThat(p.take("S0", NOW)).as("pushed out").isEmpty();
        assertThat(p.take("S" + PendingLogins.MAX, NOW)).isPresent();
    }
}
