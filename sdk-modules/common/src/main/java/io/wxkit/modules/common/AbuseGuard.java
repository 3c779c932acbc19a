package io.wxkit.modules.common;

import io.wxkit.core.ratelimit.RateLimiter;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Applies a module's {@link RateLimits} through the rate-limit SPI before any database work, so that a
 * flood from one openid or one IP costs a counter increment and nothing else.
 *
 * <pre>{@code
 * context.abuseGuard().check("vote.cast", openid, ip);
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class AbuseGuard {
    static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private final RateLimiter limiter;
    private final RateLimits limits;

    AbuseGuard(RateLimiter limiter, RateLimits limits) {
        this.limiter = limiter;
        this.limits = limits;
    }

    /**
     * Counts one {@code action} by {@code openid} from {@code ip} ({@code null} when unknown, e.g. a callback
     * message). The openid is counted first, so a refused user does not use up the IP's budget.
     *
     * @param action the action counted, as {@code module.verb} ({@code vote.cast}, {@code lottery.draw}); each
     *               action has its own counters
     * @param openid the acting user's openid
     * @param ip     the client IP (IPv4 or IPv6 text), or {@code null} when unknown
     * @throws ModuleException {@code RATE_LIMITED} when either limit is exceeded, {@code INVALID_INPUT} for a
     *                         malformed openid or IP
     * @throws NullPointerException if {@code action} is null
     */
    public void check(String action, String openid, String ip) {
        Objects.requireNonNull(action, "action");
        Participant.requireId("openid", openid);
        requireIp(ip);
        if (!limiter.tryAcquire(action + ":openid:" + openid, limits.perOpenid(), limits.window())) {
            throw new ModuleException(CommonError.RATE_LIMITED, "too many " + action + " by this user; wait a moment");
        }
        if (ip != null && !limiter.tryAcquire(action + ":ip:" + ip, limits.perIp(), limits.window())) {
            throw new ModuleException(CommonError.RATE_LIMITED, "too many " + action + " from this address; wait a moment");
        }
    }

    /**
     * Validates a client IP (IPv4 or IPv6 text, or {@code null}) and returns it. Only the shape is checked
     * (2-45 characters of hex digits, {@code :} and {@code .}), which keeps counter keys and logs clean.
     *
     * @param ip the client IP, or {@code null} when unknown
     * @return {@code ip}, unchanged (also when {@code null})
     * @throws ModuleException {@code INVALID_INPUT} if malformed
     */
    public static String requireIp(String ip) {
        if (ip != null && !IP.matcher(ip).matches()) {
            throw new ModuleException(CommonError.INVALID_INPUT, "malformed client IP " + Untrusted.clip(ip));
        }
        return ip;
    }
}
