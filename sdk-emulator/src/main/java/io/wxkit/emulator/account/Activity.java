package io.wxkit.emulator.account;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing that happened on an Official Account, as WeChat's statistics count it: a follow, a message, an
 * article read, a callback delivered. The data-cube endpoints answer from these.
 *
 * @param appId  the account
 * @param openid the user, or null for account-level events (a callback, a mass send)
 * @param kind   what happened
 * @param at     when (the emulator's clock)
 * @param detail kind-specific values: {@code scene} (FOLLOW/UNFOLLOW), {@code msgType} (MESSAGE),
 *               {@code msgDataId}/{@code index}/{@code source} (READ, SHARE, FAVORITE), {@code ok}/{@code costMs}
 *               (CALLBACK), {@code kfAccount}/{@code text} (KF_SENT), {@code recipients} (MASS)
 */
public record Activity(String appId, String openid, Kind kind, Instant at, Map<String, Object> detail) {

    /** The kinds of activity the emulator records. */
    public enum Kind {
        FOLLOW, UNFOLLOW, MESSAGE, MENU_CLICK, TEMPLATE, MASS, KF_SENT, READ, SHARE, FAVORITE, CALLBACK
    }

    public Activity {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        detail = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(detail));
    }

    /** A detail value as text, or {@code fallback}. */
    public String text(String key, String fallback) {
        Object v = detail.get(key);
        return v == null ? fallback : v.toString();
    }

    /** A detail value as a number, or {@code fallback}. */
    public long number(String key, long fallback) {
        return detail.get(key) instanceof Number n ? n.longValue() : fallback;
    }
}
