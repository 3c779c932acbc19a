package io.wxkit.mp.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits a list into the chunks WeChat accepts per call. Not a public API. */
public final class Chunks {
    private Chunks() {
    }

    /**
     * {@code values} in consecutive chunks of at most {@code max}, none smaller than {@code min}
     * (the last chunk borrows from the one before it when it would be too small).
     *
     * @throws IllegalArgumentException if {@code values} has fewer than {@code min} entries, or the
     *     limits leave no valid split
     */
    public static <T> List<List<T>> of(List<T> values, int min, int max) {
        if (min < 1 || max < min || (min > 1 && max < 2 * min - 1)) {
            throw new IllegalArgumentException("cannot split with min " + min + " and max " + max);
        }
        if (values.size() < min) {
            throw new IllegalArgumentException("WeChat needs at least " + min + " entries per call, got " + values.size());
        }
        List<List<T>> chunks = new ArrayList<>();
        int start = 0;
        while (start < values.size()) {
            int remaining = values.size() - start;
            int size = Math.min(max, remaining);
            if (remaining - size > 0 && remaining - size < min) {
                size = remaining - min;
            }
            chunks.add(List.copyOf(values.subList(start, start + size)));
            start += size;
        }
        return List.copyOf(chunks);
    }
}
