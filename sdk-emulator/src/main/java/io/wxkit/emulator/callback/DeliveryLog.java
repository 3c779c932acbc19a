package io.wxkit.emulator.callback;

import io.wxkit.emulator.internal.http.Resettable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The last 200 callback deliveries per account, for tests and the phone page. Thread-safe. */
public final class DeliveryLog implements Resettable {
    private static final int KEEP = 200;
    private final Map<String, Deque<Entry>> byApp = new HashMap<>();

    /** One delivery: what was sent and how the app answered. */
    public record Entry(String msgType, Map<String, Object> fields, CallbackResult result, Instant at) {
        public Entry {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    synchronized void record(String appId, String msgType, Map<String, Object> fields, CallbackResult result,
                             Instant at) {
        Deque<Entry> d = byApp.computeIfAbsent(appId, k -> new ArrayDeque<>());
        d.addLast(new Entry(msgType, fields, result, at));
        if (d.size() > KEEP) {
            d.removeFirst();
        }
    }

    /** The deliveries to an account, oldest first. */
    public synchronized List<Entry> entries(String appId) {
        Deque<Entry> d = byApp.get(appId);
        return d == null ? List.of() : new ArrayList<>(d);
    }

    @Override
    public synchronized void reset() {
        byApp.clear();
    }
}
