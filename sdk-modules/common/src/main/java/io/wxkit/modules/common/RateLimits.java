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
    /**
     * Validates.
     *
     * @param perOpenid actions per openid per window, at least 1
     * @param perIp     actions per IP per window, at least 1
     * @param window    the window length, positive
     * @throws NullPointerException     if {@code window} is null
     * @throws IllegalArgumentException if a limit or the window is not positive
     */
    public RateLimits {
        Objects.requireNonNull(window, "window");
        if (perOpenid < 1 || perIp < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("rate limits and window must be positive");
        }
    }

    /**
     * Limits per minute.
     *
     * @param perOpenid actions per openid per minute, at least 1
     * @param perIp     actions per IP per minute, at least 1
     * @return the limits with a one-minute window
     * @throws IllegalArgumentException if a limit is not positive
     */
    public static RateLimits perMinute(int perOpenid, int perIp) {
        return new RateLimits(perOpenid, perIp, Duration.ofMinutes(1));
    }
}
