package io.wxkit.core.internal.crypto;

import java.security.MessageDigest;

/**
 * Constant-time comparison for signatures and secrets (callback {@code signature}, {@code msg_signature},
 * pay {@code sign}, tickets): the time taken does not depend on where the inputs first differ.
 *
 * <pre>{@code
 * boolean ok = ConstantTime.equals(expectedSignature, request.signature());
 * }</pre>
 *
 * <p>Only the lengths may leak (they are public for every WeChat signature format). Stateless and
 * thread-safe.
 */
public final class ConstantTime {
    private ConstantTime() {
    }

    /** Compares two byte arrays in constant time; {@code null} equals nothing, not even {@code null}. */
    public static boolean equals(byte[] a, byte[] b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a, b);
    }

    /**
     * Compares two strings char by char in constant time (for equal lengths); {@code null} equals nothing.
     * Comparison is exact: {@code "ABC"} does not equal {@code "abc"}.
     */
    public static boolean equals(CharSequence a, CharSequence b) {
        if (a == null || b == null || a.length() != b.length()) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < a.length(); i++) {
            diff |= a.charAt(i) ^ b.charAt(i);
        }
        return diff == 0;
    }

    /**
     * Compares raw digest bytes with their expected lower-case hex form in constant time, without
     * allocating; upper-case hex does not match (WeChat always sends lower case).
     */
    public static boolean equalsLowerHex(byte[] digest, int length, CharSequence hex) {
        if (digest == null || hex == null || hex.length() != 2 * length || length > digest.length) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < length; i++) {
            int b = digest[i] & 0xff;
            diff |= hex.charAt(2 * i) ^ lowerHexDigit(b >>> 4);
            diff |= hex.charAt(2 * i + 1) ^ lowerHexDigit(b & 0x0f);
        }
        return diff == 0;
    }

    private static int lowerHexDigit(int nibble) {
        // branch-free: 0-9 -> '0'..'9', 10-15 -> 'a'..'f'
        return nibble + '0' + (((9 - nibble) >> 31) & ('a' - '0' - 10));
    }
}
