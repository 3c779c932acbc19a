package io.wxkit.emulator.internal.callback;

import io.wxkit.emulator.callback.CallbackResult;
import io.wxkit.emulator.callback.Delivery;
import io.wxkit.emulator.internal.http.Resettable;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The last 200 callback deliveries per account, for tests and the phone page. Thread-safe. */
public final class DeliveryLog implements Resettable {
    private static final int KEEP = 200;
    private final Map<String, Deque<Delivery>> byApp = new HashMap<>();
    private final io.wxkit.emulator.internal.account.ActivityLog activity;

    /** A log that keeps the deliveries only. */
    public DeliveryLog() {
        this(null);
    }

    /** A log that also records each delivery, with its time cost, as CALLBACK activity (interface statistics). */
    public DeliveryLog(io.wxkit.emulator.internal.account.ActivityLog activity) {
        this.activity = activity;
    }

    synchronized void record(String appId, String msgType, Map<String, Object> fields, CallbackResult result,
                             Instant at, long costMs) {
        if (activity != null && costMs >= 0) { // -1: nothing was sent (no account or no callback URL)
            activity.record(appId, null, io.wxkit.emulator.account.Activity.Kind.CALLBACK, at,
                    Map.of("ok", result.ok(), "costMs", costMs));
        }
        Deque<Delivery> d = byApp.computeIfAbsent(appId, k -> new ArrayDeque<>());
        d.addLast(new Delivery(msgType, fields, result, at));
        if (d.size() > KEEP) {
            d.removeFirst();
        }
    }

    /** The deliveries to an account, oldest first. */
    public synchronized List<Delivery> entries(String appId) {
        Deque<Delivery> d = byApp.get(appId);
        return d == null ? List.of() : new ArrayList<>(d);
    }

    @Override
    public synchronized void reset() {
        byApp.clear();
    }
}
