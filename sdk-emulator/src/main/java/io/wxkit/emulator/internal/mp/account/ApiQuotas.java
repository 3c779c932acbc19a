package io.wxkit.emulator.internal.mp.account;

import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Resettable;
import io.wxkit.emulator.internal.mp.token.Tokens;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Each account's API calls per path and China day, counted as requests arrive (before any fault), so
 * {@code openapi/quota/get} shows real usage; {@code clear_quota} zeroes them, 10 times a calendar month
 * (then 48006). The daily limits are the emulator's: 2000 for {@code cgi-bin/token}, 100 000 for template
 * sends (both as WeChat documents them), 10 000 for any other path. Thread-safe.
 */
public final class ApiQuotas implements Resettable {
    static final int CLEARS_PER_MONTH = 10;
    static final long DEFAULT_LIMIT = 10_000;
    private static final Map<String, Long> LIMITS = Map.of("/cgi-bin/token", 2000L,
            "/cgi-bin/message/template/send", 100_000L);
    private static final Pattern PATH = Pattern.compile("/(cgi-bin|datacube|wxaapi|customservice)(/[A-Za-z0-9_]+)+");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final Tokens tokens;
    private final Clock clock;
    private final Map<String, Long> used = new HashMap<>();
    private final Map<String, Integer> clears = new HashMap<>();

    /** Today's figures of one path. */
    record Quota(long dailyLimit, long used, long remain) {
    }

    public ApiQuotas(Tokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Counts one request against the account its access token (or {@code appid} parameter) names. */
    public void count(Request request) {
        String appId = tokens.ownerOf(request.query("access_token"));
        if (appId == null) {
            appId = request.query("appid");
        }
        if (appId == null || request.path().startsWith("/emulator")) {
            return;
        }
        synchronized (this) {
            used.merge(key(appId, request.path()), 1L, Long::sum);
        }
    }

    /**
     * Today's quota of {@code cgiPath}.
     *
     * @throws ApiError 76003 without the leading {@code /} or with a host, 76022 for {@code sns} paths (not
     *                  counted by quota), 76021 for a path that is no WeChat API
     */
    synchronized Quota quota(String appId, String cgiPath) {
        if (cgiPath == null || !cgiPath.startsWith("/")) {
            throw new ApiError(76003, "cgi_path invalid: it starts with / and has no host");
        }
        if (cgiPath.startsWith("/sns/")) {
            throw new ApiError(76022, "could not use this cgi_path,no permission");
        }
        if (!PATH.matcher(cgiPath).matches()) {
            throw new ApiError(76021, "cgi_path not found, please check");
        }
        long limit = LIMITS.getOrDefault(cgiPath, DEFAULT_LIMIT);
        long n = used.getOrDefault(key(appId, cgiPath), 0L);
        return new Quota(limit, n, Math.max(0, limit - n));
    }

    /** {@code clear_quota}: forgets today's counts of the account. */
    synchronized void clear(String appId) {
        String month = appId + "/" + YearMonth.from(LocalDate.ofInstant(clock.instant(), CHINA));
        if (clears.getOrDefault(month, 0) >= CLEARS_PER_MONTH) {
            throw new ApiError(48006, "forbid to clear quota because of reaching the limit");
        }
        clears.merge(month, 1, Integer::sum);
        used.keySet().removeIf(k -> k.startsWith(appId + "/"));
    }

    private String key(String appId, String path) {
        return appId + "/" + LocalDate.ofInstant(clock.instant(), CHINA) + path;
    }

    @Override
    public synchronized void reset() {
        used.clear();
        clears.clear();
    }
}
