package io.wxkit.core.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimestampWindowTest {
    private static final long NOW = 1_700_000_000L;
    private static final long WINDOW = 300;

    @Test
    void theEdgesOfTheWindowAreInsideAndOneSecondBeyondIsOutside() {
        assertThat(TimestampWindow.contains(NOW, NOW, WINDOW)).isTrue();
        assertThat(TimestampWindow.contains(NOW, NOW - WINDOW, WINDOW)).isTrue();
        assertThat(TimestampWindow.contains(NOW, NOW + WINDOW, WINDOW)).isTrue();
        assertThat(TimestampWindow.contains(NOW, NOW - WINDOW - 1, WINDOW)).isFalse();
        assertThat(TimestampWindow.contains(NOW, NOW + WINDOW + 1, WINDOW)).isFalse();
    }

    @Test
    void theTimestampWhoseDifferenceWrapsToMinValueIsOutside() {
        // Math.abs(NOW - ts) is Long.MIN_VALUE (negative) for this ts: the old check let it through
        long wrapping = NOW + Long.MIN_VALUE;
        assertThat(Math.abs(NOW - wrapping)).isNegative();
        assertThat(TimestampWindow.contains(NOW, wrapping, WINDOW)).isFalse();
        assertThat(TimestampWindow.distance(NOW, wrapping)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void extremeValuesOnEitherSideNeverPass() {
        long[] extremes = {Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE, Long.MAX_VALUE - 1, -1, 0};
        for (long ts : extremes) {
            assertThat(TimestampWindow.contains(NOW, ts, WINDOW)).as("ts=%d", ts).isFalse();
        }
        assertThat(TimestampWindow.contains(Long.MIN_VALUE, Long.MAX_VALUE, WINDOW)).isFalse();
        assertThat(TimestampWindow.contains(Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE)).isFalse();
        assertThat(TimestampWindow.contains(-1, Long.MAX_VALUE, Long.MAX_VALUE)).isFalse();
    }

    @Test
    void windowsAtTheEndsOfTheRangeAreExact() {
        assertThat(TimestampWindow.contains(Long.MAX_VALUE, Long.MAX_VALUE - WINDOW, WINDOW)).isTrue();
        assertThat(TimestampWindow.contains(Long.MAX_VALUE, Long.MAX_VALUE - WINDOW - 1, WINDOW)).isFalse();
        assertThat(TimestampWindow.contains(Long.MIN_VALUE, Long.MIN_VALUE + WINDOW, WINDOW)).isTrue();
        assertThat(TimestampWindow.contains(Long.MIN_VALUE, Long.MIN_VALUE + WINDOW + 1, WINDOW)).isFalse();
        assertThat(TimestampWindow.contains(0, Long.MAX_VALUE, Long.MAX_VALUE)).isTrue();
        assertThat(TimestampWindow.distance(Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(TimestampWindow.distance(-1, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(TimestampWindow.distance(0, Long.MIN_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(TimestampWindow.distance(0, Long.MIN_VALUE + 1)).isEqualTo(Long.MAX_VALUE);
        assertThat(TimestampWindow.distance(NOW, NOW - 7)).isEqualTo(7);
    }

    @Test
    void aNegativeWindowIsRefused() {
        assertThatThrownBy(() -> TimestampWindow.contains(NOW, NOW, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }
}
