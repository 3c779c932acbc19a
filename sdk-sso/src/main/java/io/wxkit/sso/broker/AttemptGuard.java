package io.wxkit.sso.broker;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.wxkit.core.ratelimit.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Rate limits on failed client authentications, per client id and per IP: failures are counted by the
 * (possibly cluster-wide) {@link RateLimiter}; once a limit is exceeded the key is locked out on this node
 * until the window ends, and locked-out attempts are refused before the secret is even checked. Across N
 * nodes an attacker gets at most {@code limit + N} guesses per window.
 */
final class AttemptGuard {
    private final RateLimiter limiter;
    private final Clock clock;
    private final int perClient;
    private final int perIp;
    private final Duration window;
    private final Cache<String, Instant> lockedUntil = Caffeine.newBuilder().maximumSize(100_000).build();

    AttemptGuard(RateLimiter limiter, Clock clock, int perClient, int perIp, Duration window) {
        this.limiter = limiter;
        this.clock = clock;
        this.perClient = perClient;
        this.perIp = perIp;
        this.window = window;
    }

    /** Whether attempts for this client or from this IP are currently locked out. */
    boolean locked(String clientId, String ip) {
        return isLocked("client:" + clientId) || isLocked("ip:" + ip);
    }

    /** Counts one failed attempt; locks the client and/or the IP once their limit is exceeded. */
    void failed(String clientId, String ip) {
        count("client:" + clientId, perClient);
        count("ip:" + ip, perIp);
    }

    private void count(String key, int limit) {
        if (!limiter.tryAcquire("wxkit-sso:auth-fail:" + key, limit, window)) {
            lockedUntil.put(key, clock.instant().plus(window));
        }
    }

    private boolean isLocked(String key) {
        Instant until = lockedUntil.getIfPresent(key);
        if (until == null) {
            return false;
        }
        if (clock.instant().isBefore(until)) {
            return true;
        }
        lockedUntil.invalidate(key);
        return false;
    }
}
