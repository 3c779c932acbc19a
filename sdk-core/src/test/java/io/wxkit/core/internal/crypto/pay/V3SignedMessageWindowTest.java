package io.wxkit.core.internal.crypto.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Pay v3 timestamp window is exact for every {@code long}: no wrap-around lets a timestamp through. */
class V3SignedMessageWindowTest {
    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);

    @Test
    void aTimestampWhoseDistanceOverflowsIsRefusedBeforeAnyKeyIsLookedUp() {
        for (long ts : new long[] {NOW.getEpochSecond() + Long.MIN_VALUE, Long.MIN_VALUE, Long.MAX_VALUE}) {
            V3SignedMessage m = new V3SignedMessage(Long.toString(ts), "nonce", "sig", "SERIAL", "{}");
            assertThatThrownBy(() -> m.verify(serial -> {
                throw new AssertionError("the window passed for ts=" + ts);
            }, NOW, Duration.ofMinutes(5)))
                    .isInstanceOfSatisfying(PayCryptoException.class,
                            e -> assertThat(e.reason())
                                    .isEqualTo(PayCryptoException.Reason.TIMESTAMP_EXPIRED));
        }
    }

    @Test
    void theEdgesOfTheWindowReachTheKeyLookup() {
        for (long delta : new long[] {-300, 300}) {
            V3SignedMessage m = new V3SignedMessage(Long.toString(NOW.getEpochSecond() + delta), "n", "s", "X", "{}");
            assertThatThrownBy(() -> m.verify(serial -> Optional.empty(), NOW, Duration.ofMinutes(5)))
                    .isInstanceOfSatisfying(PayCryptoException.class,
                            e -> assertThat(e.reason())
                                    .isEqualTo(PayCryptoException.Reason.UNKNOWN_PLATFORM_SERIAL));
        }
    }
}
