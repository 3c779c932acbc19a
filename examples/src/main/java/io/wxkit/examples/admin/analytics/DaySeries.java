package io.wxkit.examples.admin.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Numbers per China day over a range (a chart's series); days without data are 0, never missing. */
final class DaySeries {
    private final Map<LocalDate, Long> values = new LinkedHashMap<>();

    DaySeries(LocalDate from, LocalDate to) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            values.put(d, 0L);
        }
    }

    void add(LocalDate day, long n) {
        values.computeIfPresent(day, (d, v) -> v + n);
    }

    void set(LocalDate day, long n) {
        values.computeIfPresent(day, (d, v) -> n);
    }

    List<Long> values() {
        return new ArrayList<>(values.values());
    }

    long total() {
        return values.values().stream().mapToLong(Long::longValue).sum();
    }
}
