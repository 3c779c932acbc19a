package io.wxkit.modules.common;

import java.time.Duration;
import java.util.Objects;

/**
 * The anti-abuse limits of a module action: at most {@code perOpenid} actions per openid and
 * {@code perIp} per client IP in each {@code window}, counted by sdk-core's {@code RateLimiter} (in memory,
 * or Redis across nodes).
 *
 * <pre>{@code
 * RateLimits limits = RateLimits.perMinute(20, 200);
 * }</pre>
 *
 * @param perOpenid actions per openid per window
 * @param perIp     actions per IP per window (several users can share a NAT, so set it higher)
 * @param window    the window length
 */
public record RateLimits(int perOpenid, int perIp, Duration window) {
    /** Validates. */
    public RateLimits {
        Objects.requireNonNull(window, "window");
        if (perOpenid < 1 || perIp < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("rate limits and window must be positive");
        }
    }

    /** Limits per minute. */
    public static RateLimits perMinute(int perOpenid, int perIp) {
        return new RateLimits(perOpenid, perIp, Duration.ofMinutes(1));
    }
}
