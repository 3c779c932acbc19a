package io.wxkit.spring.oauth;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The logins a browser session has started and not finished: each {@code state} with the page to return to.
 * A few at once (two tabs opened before the first login finished), each taken at most once.
 * Not thread-safe: callers hold the session's mutex.
 */
final class PendingLogins implements Serializable {
    private static final long serialVersionUID = 1L;
    /** More than this many unfinished logins in one session push out the oldest. */
    static final int MAX = 5;

    private final List<Pending> pending = new ArrayList<>();

    record Pending(String state, String returnTo, Instant expiresAt) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    void add(String state, String returnTo, Instant expiresAt) {
        if (pending.size() >= MAX) {
            pending.remove(0);
        }
        pending.add(new Pending(state, returnTo, expiresAt));
    }

    /** Removes and returns the login started with {@code state}, unless it has expired by {@code now}. */
    Optional<Pending> take(String state, Instant now) {
        byte[] wanted = state.getBytes(StandardCharsets.US_ASCII);
        Pending found = null;
        for (Iterator<Pending> it = pending.iterator(); it.hasNext();) {
            Pending p = it.next();
            if (!now.isBefore(p.expiresAt())) {
                it.remove();
            } else if (found == null && MessageDigest.isEqual(wanted, p.state().getBytes(StandardCharsets.US_ASCII))) {
                it.remove();
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }
}
