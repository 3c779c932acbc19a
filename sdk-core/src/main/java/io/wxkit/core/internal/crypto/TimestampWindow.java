package io.wxkit.core.internal.crypto;

/**
 * The replay window of signed WeChat messages (callback {@code timestamp}, Pay {@code Wechatpay-Timestamp}):
 * whether a timestamp lies within a number of seconds of now, in either direction, exact for every
 * {@code long}.
 *
 * <pre>{@code
 * if (!TimestampWindow.contains(clock.instant().getEpochSecond(), ts, 300)) throw ...;
 * }</pre>
 *
 * <p>Why not {@code Math.abs(now - ts) > window}: for {@code ts == now + Long.MIN_VALUE} the subtraction
 * wraps to {@code Long.MIN_VALUE}, whose absolute value is still negative, so the check passes for a
 * timestamp 292 billion years away. Both values come from the sender, so this class saturates instead.
 */
public final class TimestampWindow {
    private TimestampWindow() {
    }

    /**
     * Whether {@code timestamp} is at most {@code windowSeconds} from {@code nowSeconds} (bounds inclusive).
     *
     * @param nowSeconds    the current time in Unix seconds (from the caller's {@code Clock})
     * @param timestamp     the timestamp the sender put in the message, in Unix seconds
     * @param windowSeconds the allowed distance in seconds, both directions
     * @throws IllegalArgumentException if {@code windowSeconds} is negative
     */
    public static boolean contains(long nowSeconds, long timestamp, long windowSeconds) {
        if (windowSeconds < 0) {
            throw new IllegalArgumentException("windowSeconds must not be negative: " + windowSeconds);
        }
        long difference = unsignedDistance(nowSeconds, timestamp);
        return difference >= 0 && difference <= windowSeconds;
    }

    /**
     * The distance in seconds between {@code nowSeconds} and {@code timestamp}, or {@link Long#MAX_VALUE}
     * when it does not fit in a {@code long}; never negative.
     */
    public static long distance(long nowSeconds, long timestamp) {
        long difference = unsignedDistance(nowSeconds, timestamp);
        return difference < 0 ? Long.MAX_VALUE : difference;
    }

    /**
     * The true difference lies in [0, 2^64 - 1], so {@code high - low} is exact read as unsigned: a
     * negative signed result means it is at least 2^63, beyond any {@code long} window.
     */
    private static long unsignedDistance(long a, long b) {
        return Math.max(a, b) - Math.min(a, b);
    }
}
