package io.wxkit.benchmarks.load;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A log-bucketed latency histogram (microseconds, 1 µs .. ~2^40 µs): each power of two is split into
 * {@value #SUB} linear sub-buckets, so a reported percentile is within 1/{@value #SUB} (1.6 %) of the true
 * sample. Lock-free: many threads record at once. The maximum is kept exactly.
 */
public final class LogHistogram {
    static final int SUB = 64;
    private static final int SUB_BITS = 6;
    private static final int OCTAVES = 40;
    private final AtomicLongArray counts = new AtomicLongArray((OCTAVES + 1) * SUB);
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong maxMicros = new AtomicLong();

    /** Records one latency. */
    public void record(long nanos) {
        long micros = Math.max(1, nanos / 1_000);
        counts.incrementAndGet(index(micros));
        total.incrementAndGet();
        maxMicros.accumulateAndGet(micros, Math::max);
    }

    public long count() {
        return total.get();
    }

    /** The largest recorded latency in milliseconds. */
    public double maxMs() {
        return maxMicros.get() / 1e3;
    }

    /** The latency at fraction {@code q} (0..1) of the samples, in milliseconds (0 when empty). */
    public double percentileMs(double q) {
        long n = total.get();
        if (n == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(q * n));
        long seen = 0;
        for (int i = 0; i < counts.length(); i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return Math.min(upperMicros(i), maxMicros.get()) / 1e3;
            }
        }
        return maxMs();
    }

    static int index(long micros) {
        if (micros < SUB) {
            return (int) micros;
        }
        int octave = 63 - Long.numberOfLeadingZeros(micros) - SUB_BITS + 1; // 1 for 64..127
        if (octave > OCTAVES) {
            return size(OCTAVES) - 1;
        }
        int sub = (int) (micros >>> (octave - 1)) - SUB; // 0..63 within the octave
        return octave * SUB + sub;
    }

    /** The largest value bucket {@code i} holds. */
    static long upperMicros(int i) {
        int octave = i / SUB;
        int sub = i % SUB;
        if (octave == 0) {
            return sub;
        }
        return ((long) (SUB + sub + 1) << (octave - 1)) - 1;
    }

    private static int size(int octaves) {
        return (octaves + 1) * SUB;
    }
}
