package io.wxkit.spring.actuate;

import io.wxkit.core.dedup.DedupStore;
import io.wxkit.core.token.AccessTokenManager;
import io.wxkit.core.token.Credential;
import io.wxkit.core.token.TokenStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What wxkit's health indicator reports, without Actuator types (Boot 3.5 and 4 put them in different packages):
 * the access token of each account (valid, expiring, expired or not fetched yet, and when it expires), on
 * Redis whether Redis answers, and each pay merchant's certificate and verification-key expiry
 * ({@link PayKeyHealth}). DOWN when a store cannot be read or a merchant's certificates expired: tokens are
 * fetched on first use, so a missing or expired one is a detail, not a failure.
 */
final class WxHealthCheck {
    /** A token this close to expiry is reported {@code expiring} (the refresh-ahead margin of sdk-core). */
    static final Duration EXPIRING = Duration.ofMinutes(3);
    static final String REDIS_PROBE_KEY = "wxkit:health:probe";

    private final Supplier<Set<String>> appIds;
    private final TokenStore tokens;
    private final DedupStore redis;
    private final PayKeyHealth pay;
    private final Clock clock;

    /**
     * @param appIds the configured accounts, {@code null} without sdk-mp's registry (no {@code accounts} detail)
     * @param tokens where their tokens live
     * @param redis the fail-closed dedup store when wxkit's stores are on Redis (its read throws when Redis does
     *     not answer), else {@code null}
     * @param pay the merchants' key expiry, {@code null} without configured merchants
     */
    WxHealthCheck(Supplier<Set<String>> appIds, TokenStore tokens, DedupStore redis, PayKeyHealth pay, Clock clock) {
        this.appIds = appIds;
        this.tokens = tokens;
        this.redis = redis;
        this.pay = pay;
        this.clock = clock;
    }

    record Snapshot(boolean up, Map<String, Object> details) {
    }

    Snapshot check() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean up = true;
        if (redis != null) {
            try {
                redis.reply(REDIS_PROBE_KEY);
                details.put("redis", "up");
            } catch (RuntimeException e) {
                up = false;
                details.put("redis", "down: " + e.getClass().getSimpleName()); // the class only: messages may carry hosts
            }
        }
        if (appIds != null) {
            up &= accounts(details);
        }
        if (pay != null) {
            PayKeyHealth.Report report = pay.check(clock.instant());
            up &= !report.down();
            details.put("merchants", report.merchants());
        }
        return new Snapshot(up, details);
    }

    /** Puts each account's token state; false when the token store cannot be read. */
    private boolean accounts(Map<String, Object> details) {
        boolean up = true;
        Map<String, Object> accounts = new LinkedHashMap<>();
        for (String appId : appIds.get()) {
            try {
                accounts.put(appId, token(tokens.get(AccessTokenManager.storeKey(appId)), clock.instant()));
            } catch (RuntimeException e) {
                up = false;
                accounts.put(appId, Map.of("token", "unreadable: " + e.getClass().getSimpleName()));
            }
        }
        details.put("accounts", accounts);
        return up;
    }

    private static Map<String, Object> token(Optional<Credential> credential, Instant now) {
        if (credential.isEmpty()) {
            return Map.of("token", "not-fetched");
        }
        Instant expiresAt = credential.get().expiresAt();
        String state = !now.isBefore(expiresAt) ? "expired"
                : Duration.between(now, expiresAt).compareTo(EXPIRING) <= 0 ? "expiring" : "valid";
        return Map.of("token", state, "expiresAt", expiresAt.toString());
    }
}
