package io.wxkit.core.internal.text;

/**
 * UTF-8 length and encoding straight into a caller's buffer (no intermediate {@code byte[]}), as
 * {@code String.getBytes(UTF_8)} would encode: a surrogate pair is 4 bytes, a lone surrogate becomes {@code '?'}.
 * Shared by the crypto envelope, the dedup fingerprint and the reply writer.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** Number of UTF-8 bytes {@code String.getBytes(UTF_8)} would produce. */
    public static int length(CharSequence s) {
        return length(s, 0, s.length());
    }

    /** Number of UTF-8 bytes of {@code s} from {@code from} (inclusive) to {@code to} (exclusive). */
    public static int length(CharSequence s, int from, int to) {
        int bytes = to - from;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    bytes += 1;
                } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                    bytes += 2; // 4 bytes for 2 chars
                    i++;
                } else if (!Character.isSurrogate(c)) {
                    bytes += 2;
                } // a lone surrogate becomes '?' (1 byte)
            }
        }
        return bytes;
    }

    /** Writes the UTF-8 bytes of {@code s} at {@code offset}; returns the offset after the last byte. */
    public static int encode(CharSequence s, byte[] out, int offset) {
        return encode(s, 0, s.length(), out, offset);
    }

    /**
     * Writes the UTF-8 bytes of {@code s} from {@code from} (inclusive) to {@code to} (exclusive) at {@code offset};
     * returns the offset after the last byte.
     */
    public static int encode(CharSequence s, int from, int to, byte[] out, int offset) {
        int p = offset;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[p++] = (byte) c;
            } else if (c < 0x800) {
                out[p++] = (byte) (0xc0 | (c >> 6));
                out[p++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[p++] = (byte) (0xf0 | (cp >> 18));
                out[p++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                out[p++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                out[p++] = (byte) (0x80 | (cp & 0x3f));
            } else if (Character.isSurrogate(c)) {
                out[p++] = (byte) '?';
            } else {
                out[p++] = (byte) (0xe0 | (c >> 12));
                out[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                out[p++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        return p;
    }
}
