package io.wxkit.benchmarks.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** The latencies and errors of one operation during a run (thread-safe). */
final class OperationStats {
    private static final int KEPT_ERROR_KINDS = 20;
    private final LogHistogram latency = new LogHistogram();
    private final LongAdder errors = new LongAdder();
    private final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();

    void record(long nanos, String error) {
        latency.record(nanos);
        if (error != null) {
            errors.increment();
            String kind = error.length() > 160 ? error.substring(0, 160) : error;
            if (errorKinds.size() < KEPT_ERROR_KINDS || errorKinds.containsKey(kind)) {
                errorKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
            }
        }
    }

    LoadReport.Row row(String name, double seconds) {
        Map<String, Long> kinds = new java.util.TreeMap<>();
        errorKinds.forEach((k, v) -> kinds.put(k, v.sum()));
        return new LoadReport.Row(name, latency.count(), errors.sum(), latency.count() / seconds,
                latency.percentileMs(0.50), latency.percentileMs(0.95), latency.percentileMs(0.99), latency.maxMs(), kinds);
    }
}
