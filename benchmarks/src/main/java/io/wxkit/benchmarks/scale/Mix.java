package io.wxkit.benchmarks.scale;

/**
 * Deterministic per-row randomness: row {@code i}'s values are a function of {@code i} alone, so a load that
 * stops half way and resumes writes exactly the rows a single run would have written.
 */
public final class Mix {
    private Mix() {
    }

    /** SplitMix64's finaliser over {@code i} and {@code salt}: well spread, never negative. */
    public static long of(long i, long salt) {
        long z = i * 0x9E3779B97F4A7C15L + salt * 0xD1B54A32D192ED03L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) >>> 1;
    }

    /** A value in {@code [0, bound)}. */
    public static int below(long i, long salt, int bound) {
        return (int) (of(i, salt) % bound);
    }

    /** {@code prefix} and {@code n} in base 36, zero-padded to {@code width}: ids that sort like numbers. */
    public static String id(String prefix, long n, int width) {
        String digits = Long.toString(n, 36);
        StringBuilder b = new StringBuilder(prefix.length() + width).append(prefix);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(digits).toString();
    }
}
