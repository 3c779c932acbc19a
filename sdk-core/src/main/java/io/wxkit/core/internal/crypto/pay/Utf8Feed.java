package io.wxkit.core.internal.crypto.pay;

import java.security.Signature;
import java.security.SignatureException;
import java.util.Arrays;

/**
 * A {@code Signature} with a small scratch buffer that text is encoded into, block by block, as UTF-8
 * (exactly {@code String.getBytes(UTF_8)}, lone surrogates as {@code '?'}): the signed message of a
 * notification without its UTF-8 copy. One per thread; {@link #clear()} after every message.
 */
final class Utf8Feed {
    private final Signature signature;
    private final char[] chars = new char[512];
    private final byte[] bytes = new byte[chars.length * 3 + 1];
    private int charsUsed;

    Utf8Feed(Signature signature) {
        this.signature = signature;
    }

    Signature signature() {
        return signature;
    }

    /** Feeds the UTF-8 of {@code text} and a {@code '\n'}. */
    Utf8Feed line(String text) throws SignatureException {
        int n = text.length();
        for (int start = 0; start < n; ) {
            int end = Math.min(n, start + chars.length);
            if (end < n && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // keep a surrogate pair in one block
            }
            text.getChars(start, end, chars, 0);
            charsUsed = Math.max(charsUsed, end - start);
            signature.update(bytes, 0, encode(end - start));
            start = end;
        }
        signature.update((byte) '\n');
        return this;
    }

    private int encode(int length) {
        int p = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                bytes[p++] = (byte) c;
            } else if (c < 0x800) {
                bytes[p++] = (byte) (0xc0 | (c >> 6));
                bytes[p++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
                bytes[p++] = (byte) (0xf0 | (cp >> 18));
                bytes[p++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                bytes[p++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                bytes[p++] = (byte) (0x80 | (cp & 0x3f));
            } else if (Character.isSurrogate(c)) {
                bytes[p++] = (byte) '?';
            } else {
                bytes[p++] = (byte) (0xe0 | (c >> 12));
                bytes[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                bytes[p++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        return p;
    }

    /** Forgets the last message's text. */
    void clear() {
        Arrays.fill(chars, 0, charsUsed, '\0');
        Arrays.fill(bytes, 0, Math.min(bytes.length, charsUsed * 3 + 1), (byte) 0);
        charsUsed = 0;
    }
}
