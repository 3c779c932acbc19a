package io.wxkit.benchmarks.scale;

import java.util.Arrays;
import java.util.function.Supplier;

/** Times one operation many times in a row and keeps every sample: exact p50 / p99 / max. */
public final class Latency {
    private Latency() {
    }

    /** What one operation measured, in milliseconds. */
    public record Timing(String operation, int calls, double p50, double p99, double max) {
        @Override
        public String toString() {
            return String.format("%-48s p50 %8.3f ms   p99 %8.3f ms   max %8.3f ms   (%d calls)", operation, p50, p99,
                    max, calls);
        }
    }

    /**
     * Calls {@code call} {@code warmup} times untimed, then {@code calls} times timed — or fewer (at least
     * {@value #MIN_CALLS}) once {@code budget} has passed, so an operation that grows with the table cannot
     * hold the run for an hour; the calls made are in the result. The call checks its own answer and throws
     * when it is wrong (a benchmark of empty pages measures nothing).
     */
    public static Timing measure(String operation, int warmup, int calls, java.time.Duration budget, Supplier<?> call) {
        if (calls < 1) {
            throw new IllegalArgumentException("calls must be positive");
        }
        long budgetNanos = budget.toNanos();
        long began = System.nanoTime();
        for (int i = 0; i < warmup && System.nanoTime() - began < budgetNanos / 4; i++) {
            call.get();
        }
        long[] nanos = new long[calls];
        int done = 0;
        long timed = System.nanoTime();
        while (done < calls && (done < MIN_CALLS || System.nanoTime() - timed < budgetNanos)) {
            long start = System.nanoTime();
            call.get();
            nanos[done++] = System.nanoTime() - start;
        }
        return of(operation, java.util.Arrays.copyOf(nanos, done));
    }

    /** Timed calls made whatever the budget. */
    public static final int MIN_CALLS = 20;

    /** The percentiles of {@code nanos} (sorted in place). */
    public static Timing of(String operation, long[] nanos) {
        Arrays.sort(nanos);
        int n = nanos.length;
        return new Timing(operation, n, nanos[rank(n, 0.50)] / 1e6, nanos[rank(n, 0.99)] / 1e6, nanos[n - 1] / 1e6);
    }

    /** The nearest-rank percentile index: the smallest sample at or above fraction {@code q} of them. */
    static int rank(int n, double q) {
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(n * q) - 1));
    }
}
