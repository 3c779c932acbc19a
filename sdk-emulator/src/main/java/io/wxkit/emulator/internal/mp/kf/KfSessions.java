package io.wxkit.emulator.internal.mp.kf;

import io.wxkit.emulator.account.Activity;
import io.wxkit.emulator.internal.account.ActivityLog;
import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.Resettable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Customer-service sessions, with their history: who served whom from when to when. The waiting queue is the
 * followers whose last message the app handed over ({@code transfer_customer_service}) and who have not been
 * taken since. Thread-safe.
 */
final class KfSessions implements Resettable {
    private final ActivityLog activity;
    private final List<Session> history = new ArrayList<>();

    /** One session; {@code end} is null while it is open. */
    record Session(String appId, String openid, String kf, Instant start, Instant end) {
        boolean covers(Instant at) {
            return !at.isBefore(start) && (end == null || !at.isAfter(end));
        }
    }

    KfSessions(ActivityLog activity) {
        this.activity = activity;
    }

    /** Puts {@code openid} in a session with {@code kf}: 65415 when kf is offline, 65414 when someone else serves. */
    synchronized void create(String appId, KfAccounts.Kf kf, String openid, Instant now) {
        if (!kf.online()) {
            throw new ApiError(65415, "kf is not online");
        }
        Session open = open(appId, openid);
        if (open != null && !open.kf().equals(kf.account())) {
            throw new ApiError(65414, "customer is being served by another kf");
        }
        if (open == null) {
            history.add(new Session(appId, openid, kf.account(), now, null));
        }
    }

    /** Closes the session of {@code openid} with {@code kf}: 65413 when there is none. */
    synchronized void close(String appId, String kf, String openid, Instant now) {
        Session open = open(appId, openid);
        if (open == null || !open.kf().equals(kf)) {
            throw new ApiError(65413, "no session of this customer with this kf");
        }
        history.set(history.indexOf(open), new Session(appId, openid, kf, open.start(), now));
    }

    /** The open session of {@code openid}, or null. */
    synchronized Session open(String appId, String openid) {
        for (Session s : history) {
            if (s.appId().equals(appId) && s.openid().equals(openid) && s.end() == null) {
                return s;
            }
        }
        return null;
    }

    /** The open sessions served by {@code kf}. */
    synchronized List<Session> servedBy(String appId, String kf) {
        return history.stream().filter(s -> s.appId().equals(appId) && s.kf().equals(kf) && s.end() == null)
                .toList();
    }

    /** The session that covered {@code openid} at {@code at}, or null. */
    synchronized Session at(String appId, String openid, Instant at) {
        for (Session s : history) {
            if (s.appId().equals(appId) && s.openid().equals(openid) && s.covers(at)) {
                return s;
            }
        }
        return null;
    }

    /** The waiting followers and the time of the message that put each in the queue, oldest first. */
    synchronized Map<String, Instant> waiting(String appId) {
        Map<String, Instant> latest = new LinkedHashMap<>();
        for (Activity a : activity.of(appId, a -> a.kind() == Activity.Kind.MESSAGE
                && Boolean.TRUE.equals(a.detail().get("transfer")))) {
            latest.remove(a.openid());
            latest.put(a.openid(), a.at());
        }
        latest.entrySet().removeIf(e -> history.stream().anyMatch(s -> s.appId().equals(appId)
                && s.openid().equals(e.getKey()) && (s.end() == null || !s.start().isBefore(e.getValue()))));
        return latest;
    }

    @Override
    public synchronized void reset() {
        history.clear();
    }
}
