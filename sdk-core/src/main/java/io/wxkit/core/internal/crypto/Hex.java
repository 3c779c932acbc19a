package io.wxkit.core.internal.crypto;

/**
 * Hexadecimal encoding as WeChat prints digests and signatures (SHA-1 callback signatures, MD5/HMAC pay
 * signatures).
 *
 * <pre>{@code
 * String sig = Hex.encode(sha1Bytes);          // "76480565cbe2..."
 * byte[] raw = Hex.decode("76480565cbe2");
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Hex {
    static final byte[] LOWER = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
    private static final byte[] UPPER = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};

    private Hex() {
    }

    /**
     * Encodes bytes as lower-case hex, the form WeChat uses for callback and JS-SDK signatures.
     *
     * @throws NullPointerException if {@code bytes} is null
     */
    public static String encode(byte[] bytes) {
        return encode(bytes, 0, bytes.length, LOWER);
    }

    /**
     * Encodes bytes as upper-case hex, the form WeChat Pay v2 uses for {@code sign}.
     *
     * @throws NullPointerException if {@code bytes} is null
     */
    public static String encodeUpper(byte[] bytes) {
        return encode(bytes, 0, bytes.length, UPPER);
    }

    public static String encode(byte[] bytes, int offset, int length, byte[] alphabet) {
        byte[] out = new byte[length * 2];
        for (int i = 0; i < length; i++) {
            int b = bytes[offset + i] & 0xff;
            out[2 * i] = alphabet[b >>> 4];
            out[2 * i + 1] = alphabet[b & 0x0f];
        }
        return new String(out, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * Decodes hex in either case.
     *
     * @throws IllegalArgumentException if the length is odd or a character is not a hex digit
     * @throws NullPointerException if {@code hex} is null
     */
    public static byte[] decode(CharSequence hex) {
        int n = hex.length();
        if ((n & 1) != 0) {
            throw new IllegalArgumentException("hex string has an odd length: " + n);
        }
        byte[] out = new byte[n / 2];
        for (int i = 0; i < n; i += 2) {
            int hi = digit(hex.charAt(i));
            int lo = digit(hex.charAt(i + 1));
            if (hi < 0 || lo < 0) {
                throw new IllegalArgumentException("not a hex digit at index " + (hi < 0 ? i : i + 1));
            }
            out[i / 2] = (byte) ((hi << 4) | lo);
        }
        return out;
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
