package io.wxkit.emulator.internal.mp.token;

import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Resettable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The emulator's access tokens, issued and checked by WeChat's rules.
 *
 * <ul>
 *   <li>{@code /cgi-bin/token}: every call issues a new token; the previous one stays valid for 5 more minutes,
 *       older ones are dead.</li>
 *   <li>{@code /cgi-bin/stable_token}: the same token while it has more than 5 minutes left; in the last
 *       5 minutes a new one is issued (the old one lives until its own expiry); {@code force_refresh} kills the
 *       old token at once, but a force inside 30 s of the previous force returns the current token unchanged,
 *       and at most 20 forces per day succeed (then 45009).</li>
 *   <li>The two kinds are independent: neither invalidates the other.</li>
 * </ul>
 * Thread-safe (one lock; the emulator is not a throughput target).
 */
public final class Tokens implements Resettable {
    /** How long a token lives. */
    public static final Duration LIFETIME = Duration.ofSeconds(7200);
    static final Duration OVERLAP = Duration.ofMinutes(5);
    static final Duration FORCE_GAP = Duration.ofSeconds(30);
    static final int FORCES_PER_DAY = 20;
    private static final Pattern FORMAT = Pattern.compile("\\d{2}_[A-Za-z0-9_-]{100,}");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, Issued> issued = new HashMap<>();
    private final Map<String, String> classic = new HashMap<>();
    private final Map<String, Stable> stable = new HashMap<>();
    private final Map<String, Integer> grants = new HashMap<>();

    public Tokens(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    /** A token handed out, with its remaining lifetime in seconds. */
    public record Grant(String accessToken, long expiresIn) {
        @Override
        public String toString() {
            return "Grant[accessToken=***, expiresIn=" + expiresIn + "]";
        }
    }

    private record Issued(String appId, Instant expiresAt, Instant revokedAt) {
        Issued revokeBy(Instant at) {
            return revokedAt != null && revokedAt.isBefore(at) ? this : new Issued(appId, expiresAt, at);
        }
    }

    private record Stable(String token, Instant lastForce, LocalDate forceDay, int forcesToday) {
    }

    /** {@code /cgi-bin/token}: a fresh token; the previous one of this kind survives 5 more minutes. */
    public synchronized Grant classic(String appId) {
        grants.merge(appId, 1, Integer::sum);
        Instant now = clock.instant();
        String previous = classic.get(appId);
        if (previous != null) {
            issued.computeIfPresent(previous, (k, v) -> v.revokeBy(now.plus(OVERLAP)));
        }
        String token = mint(appId, now);
        classic.put(appId, token);
        return new Grant(token, LIFETIME.toSeconds());
    }

    /**
     * {@code /cgi-bin/stable_token}.
     *
     * @throws ApiError 45009 after 20 successful forced refreshes on one (China) day
     */
    public synchronized Grant stable(String appId, boolean forceRefresh) {
        grants.merge(appId, 1, Integer::sum);
        Instant now = clock.instant();
        Stable slot = stable.get(appId);
        Issued current = slot == null ? null : issued.get(slot.token());
        boolean live = current != null && isLive(current, now);
        if (forceRefresh && live) {
            if (slot.lastForce() != null && Duration.between(slot.lastForce(), now).compareTo(FORCE_GAP) < 0) {
                return new Grant(slot.token(), remaining(current, now));
            }
            LocalDate today = LocalDate.ofInstant(now, CHINA);
            int used = today.equals(slot.forceDay()) ? slot.forcesToday() : 0;
            if (used >= FORCES_PER_DAY) {
                throw new ApiError(45009, "reach max api daily quota limit");
            }
            issued.put(slot.token(), current.revokeBy(now));
            String token = mint(appId, now);
            stable.put(appId, new Stable(token, now, today, used + 1));
            return new Grant(token, LIFETIME.toSeconds());
        }
        if (live && Duration.between(now, current.expiresAt()).compareTo(OVERLAP) > 0) {
            return new Grant(slot.token(), remaining(current, now));
        }
        String token = mint(appId, now);
        stable.put(appId, slot == null ? new Stable(token, null, null, 0)
                : new Stable(token, slot.lastForce(), slot.forceDay(), slot.forcesToday()));
        return new Grant(token, LIFETIME.toSeconds());
    }

    /**
     * The account a token belongs to.
     *
     * @throws ApiError 41001 when missing, 40014 when malformed, 40001 when replaced or invalidated, 42001 when
     *                  expired
     */
    public synchronized String appIdFor(String accessToken) {
        if (accessToken == null || accessToken.isEmpty()) {
            throw new ApiError(41001, "access_token missing");
        }
        if (!FORMAT.matcher(accessToken).matches()) {
            throw new ApiError(40014, "invalid access_token");
        }
        Issued t = issued.get(accessToken);
        Instant now = clock.instant();
        if (t == null || (t.revokedAt() != null && !now.isBefore(t.revokedAt()) && now.isBefore(t.expiresAt()))) {
            throw new ApiError(40001, "invalid credential, access_token is invalid or not latest");
        }
        if (!now.isBefore(t.expiresAt())) {
            throw new ApiError(42001, "access_token expired");
        }
        return t.appId();
    }

    /**
     * How many times {@code appId} asked for a token ({@code /cgi-bin/token} or {@code /cgi-bin/stable_token}, with
     * valid credentials) since the last reset: what shows whether instances sharing a token store share one token.
     */
    public synchronized int grantsTo(String appId) {
        return grants.getOrDefault(appId, 0);
    }

    /** The account that was issued {@code accessToken}, expired or not; null for a token never issued. */
    public synchronized String issuerOf(String accessToken) {
        Issued t = issued.get(accessToken);
        return t == null ? null : t.appId();
    }

    /** The account behind the request's {@code access_token} query parameter (see {@link #appIdFor}). */
    public String appIdFor(Request request) {
        return appIdFor(request.query("access_token"));
    }

    /** Kills every token of {@code appId} now (both kinds), as when its AppSecret is reset. */
    public synchronized void invalidateAll(String appId) {
        Instant now = clock.instant();
        issued.replaceAll((k, v) -> v.appId().equals(appId) ? v.revokeBy(now) : v);
    }

    /** The app whose token this is (live or not), or null; used by fault injection. */
    public synchronized String ownerOf(String accessToken) {
        Issued t = accessToken == null ? null : issued.get(accessToken);
        return t == null ? null : t.appId();
    }

    @Override
    public synchronized void reset() {
        issued.clear();
        classic.clear();
        stable.clear();
        grants.clear();
    }

    private static boolean isLive(Issued t, Instant now) {
        return now.isBefore(t.expiresAt()) && (t.revokedAt() == null || now.isBefore(t.revokedAt()));
    }

    private static long remaining(Issued t, Instant now) {
        return Math.max(1, Duration.between(now, t.expiresAt()).toSeconds());
    }

    private String mint(String appId, Instant now) {
        byte[] b = new byte[99];
        random.nextBytes(b);
        String token = (80 + random.nextInt(20)) + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        issued.put(token, new Issued(appId, now.plus(LIFETIME), null));
        return token;
    }
}
