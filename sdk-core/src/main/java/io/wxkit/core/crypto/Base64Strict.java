package io.wxkit.core.crypto;

/**
 * Strict standard-alphabet Base64 decoding straight from a {@code String} (no intermediate byte copy):
 * length a multiple of 4, padding only at the end, no whitespace.
 */
final class Base64Strict {
    /** Sextet of each ASCII char, -1 for chars outside the standard alphabet (a table: no branch per char). */
    private static final byte[] VALUES = new byte[128];

    static {
        java.util.Arrays.fill(VALUES, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUES[alphabet.charAt(i)] = (byte) i;
        }
    }

    private Base64Strict() {
    }

    /** Decodes {@code s}, or returns {@code null} if it is not strict Base64. */
    static byte[] decode(CharSequence s) {
        int n = s.length();
        if (n == 0 || (n & 3) != 0) {
            return null;
        }
        int pad = s.charAt(n - 1) == '=' ? (s.charAt(n - 2) == '=' ? 2 : 1) : 0;
        byte[] out = new byte[n / 4 * 3 - pad];
        int o = 0;
        for (int i = 0; i < n; i += 4) {
            int a = value(s.charAt(i));
            int b = value(s.charAt(i + 1));
            boolean last = i + 4 == n;
            int c = last && pad == 2 ? 0 : value(s.charAt(i + 2));
            int d = last && pad >= 1 ? 0 : value(s.charAt(i + 3));
            if ((a | b | c | d) < 0) {
                return null;
            }
            int bits = (a << 18) | (b << 12) | (c << 6) | d;
            out[o++] = (byte) (bits >> 16);
            if (o < out.length) {
                out[o++] = (byte) (bits >> 8);
            }
            if (o < out.length) {
                out[o++] = (byte) bits;
            }
        }
        return out;
    }

    private static int value(char c) {
        // the branchy A-Z / a-z / 0-9 tests mispredicted on every char of random ciphertext (12 % of a safe callback)
        return c < 128 ? VALUES[c] : -1;
    }
}
