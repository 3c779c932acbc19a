package io.wxkit.core.internal.token;

import io.wxkit.core.token.TokenStore;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * WeChat's limits on {@code stable_token} with {@code force_refresh=true}: at least 30 s between two
 * forced calls (a call within 30 s "does not refresh") and 20 a day. Kept in the {@link TokenStore}
 * as locks that are never released, so the limits hold across every JVM sharing the store: the
 * spacing is one lock whose time-to-live is the spacing, the day's count is one lock per allowed
 * call, each living until the end of that day in China Standard Time (WeChat's day).
 */
public final class ForcedRefreshBudget {
    public static final ZoneId WECHAT_DAY = ZoneId.of("Asia/Shanghai");

    private final TokenStore store;
    private final String key;
    private final Duration spacing;
    private final int perDay;

    public ForcedRefreshBudget(TokenStore store, String key, Duration spacing, int perDay) {
        this.store = Objects.requireNonNull(store, "store");
        this.key = Objects.requireNonNull(key, "key");
        this.spacing = Objects.requireNonNull(spacing, "spacing");
        if (perDay < 0) {
            throw new IllegalArgumentException("forced refreshes per day must not be negative: " + perDay);
        }
        this.perDay = perDay;
    }

    /**
     * Takes one forced refresh at {@code now}: {@code false} if another one (here or in another JVM)
     * happened within the spacing, or the day's count is used up.
     */
    public boolean tryTake(Instant now) {
        if (perDay == 0 || store.tryLock(key, "force", spacing).isEmpty()) {
            return false;
        }
        LocalDate day = LocalDate.ofInstant(now, WECHAT_DAY);
        Duration untilTomorrow = Duration.between(now, day.plusDays(1).atStartOfDay(WECHAT_DAY).toInstant());
        for (int i = 1; i <= perDay; i++) {
            if (store.tryLock(key, "force:" + day + ":" + i, untilTomorrow).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Why a forced refresh was refused, for the exception callers see. */
    public String limits() {
        return "at most one forced refresh per " + spacing.toSeconds() + " s and " + perDay + " a day";
    }
}
