package io.wxkit.emulator.internal.account;

import io.wxkit.emulator.account.Activity;
import io.wxkit.emulator.internal.http.Resettable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Everything that happened on each account since the last reset, oldest first: the record the data-cube
 * endpoints count, so an app's dashboard shows numbers that agree with what its users did. Thread-safe.
 */
public final class ActivityLog implements Resettable {
    private final Map<String, List<Activity>> byApp = new HashMap<>();

    /** Records one activity. */
    public synchronized void record(Activity activity) {
        byApp.computeIfAbsent(activity.appId(), k -> new ArrayList<>()).add(activity);
    }

    /** Records one activity of {@code openid} (or of the account when null) at {@code at}. */
    public void record(String appId, String openid, Activity.Kind kind, Instant at, Map<String, Object> detail) {
        record(new Activity(appId, openid, kind, at, detail));
    }

    /** The account's activities that match {@code filter}, oldest first. */
    public synchronized List<Activity> of(String appId, Predicate<Activity> filter) {
        List<Activity> all = byApp.get(appId);
        return all == null ? List.of() : all.stream().filter(filter).toList();
    }

    /** The account's activities of one kind, oldest first. */
    public List<Activity> of(String appId, Activity.Kind kind) {
        return of(appId, a -> a.kind() == kind);
    }

    @Override
    public synchronized void reset() {
        byApp.clear();
    }
}
