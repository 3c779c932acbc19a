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
        /** A user followed the account (detail {@code scene}). */
        FOLLOW,
        /** A user unfollowed it (detail {@code scene}, the scene they had followed through). */
        UNFOLLOW,
        /** A user sent a message (detail {@code msgType}, {@code text}). */
        MESSAGE,
        /** A user tapped a click menu button (detail {@code key}). */
        MENU_CLICK,
        /** The account sent a template message to a user (detail {@code msgId}). */
        TEMPLATE,
        /** The account sent a mass message (detail {@code recipients}). */
        MASS,
        /** A customer-service agent sent a message (detail {@code kfAccount}, {@code text}). */
        KF_SENT,
        /** A user read an article (detail {@code msgDataId}, {@code index}, {@code source}). */
        READ,
        /** A user shared an article (detail {@code msgDataId}, {@code index}, {@code source}: the scene). */
        SHARE,
        /** A user added an article to their favourites (detail {@code msgDataId}, {@code index}). */
        FAVORITE,
        /** The emulator delivered a callback to the app (detail {@code ok}, {@code costMs}). */
        CALLBACK
    }

    /**
     * Copies {@code detail}, keeping its order.
     *
     * @param appId the account
     * @param openid the user, or null for account-level events
     * @param kind what happened
     * @param at when
     * @param detail kind-specific values; copied, read-only
     * @throws NullPointerException if {@code appId}, {@code kind}, {@code at} or {@code detail} is null
     */
    public Activity {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        detail = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(detail));
    }

    /**
     * A detail value as text, or {@code fallback}.
     *
     * @param key a {@link #detail()} key, e.g. {@code scene}
     * @param fallback what to return when the key is absent
     * @return the value's {@code toString()}, or {@code fallback}
     */
    public String text(String key, String fallback) {
        Object v = detail.get(key);
        return v == null ? fallback : v.toString();
    }

    /**
     * A detail value as a number, or {@code fallback}.
     *
     * @param key a {@link #detail()} key, e.g. {@code costMs}
     * @param fallback what to return when the key is absent or not a number
     * @return the value as a long (truncated if fractional), or {@code fallback}
     */
    public long number(String key, long fallback) {
        return detail.get(key) instanceof Number n ? n.longValue() : fallback;
    }
}
