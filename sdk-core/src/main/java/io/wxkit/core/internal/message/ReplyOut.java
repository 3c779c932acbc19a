package io.wxkit.core.internal.message;


/**
 * Where {@code io.wxkit.core.message.ReplyWriter} puts a reply's XML: chars into a {@code StringBuilder} (the plain passive reply),
 * or UTF-8 bytes (the safe-mode reply, which is encrypted as UTF-8 anyway): counted first, then written into
 * the exact buffer the encryption works in, so the reply never exists as a UTF-16 string.
 */
public abstract sealed class ReplyOut permits ReplyOut.Chars, ReplyOut.Utf8 {

    /** Appends chars {@code from} (inclusive) to {@code to} (exclusive) of {@code s}. */
    public abstract ReplyOut append(String s, int from, int to);

    public abstract ReplyOut append(long value);

    public final ReplyOut append(String s) {
        return append(s, 0, s.length());
    }

    /** Into a {@code StringBuilder}. */
    public static final class Chars extends ReplyOut {
        public final StringBuilder b;

        public Chars(int capacity) {
            this.b = new StringBuilder(capacity);
        }

        @Override
        public ReplyOut append(String s, int from, int to) {
            if (from == 0 && to == s.length()) {
                b.append(s); // a bulk copy; the (CharSequence, int, int) overload copies char by char
            } else {
                b.append(s, from, to);
            }
            return this;
        }

        @Override
        public ReplyOut append(long value) {
            b.append(value);
            return this;
        }
    }

    /**
     * UTF-8 exactly as {@code String.getBytes(UTF_8)} encodes it (ReplyWriter refuses unpaired surrogates
     * before they get here). Without a buffer it only counts.
     */
    public static final class Utf8 extends ReplyOut {
        private final byte[] out;
        private int p;

        /** @param out the buffer, or {@code null} to count the bytes only */
        public Utf8(byte[] out, int offset) {
            this.out = out;
            this.p = offset;
        }

        public int position() {
            return p;
        }

        @Override
        public ReplyOut append(String s, int from, int to) {
            if (out == null) {
                p += count(s, from, to);
                return this;
            }
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
            return this;
        }

        private static int count(String s, int from, int to) {
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
                    }
                }
            }
            return bytes;
        }

        @Override
        public ReplyOut append(long value) {
            return append(Long.toString(value)); // CreateTime and ArticleCount: a few digits, once per reply
        }
    }
}
