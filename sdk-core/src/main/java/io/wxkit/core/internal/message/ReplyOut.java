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

    /**
     * Into a {@code char[]} that becomes the string. Not a {@code StringBuilder}: it starts as Latin-1 and,
     * at the first Chinese character of a reply, copies itself into a UTF-16 array twice the size (with
     * its {@code toString} ≈ a quarter of a plain callback's samples); bulk {@code getChars} into a char
     * array has no such step.
     */
    public static final class Chars extends ReplyOut {
        private char[] buf;
        private int p;

        public Chars(int capacity) {
            this.buf = new char[Math.max(16, capacity)];
        }

        @Override
        public ReplyOut append(String s, int from, int to) {
            int length = to - from;
            ensure(length);
            s.getChars(from, to, buf, p);
            p += length;
            return this;
        }

        @Override
        public ReplyOut append(long value) {
            if (value < 0) {
                return append(Long.toString(value)); // never for CreateTime or ArticleCount
            }
            int digits = 1;
            for (long v = value; v >= 10; v /= 10) {
                digits++;
            }
            ensure(digits);
            long v = value;
            for (int i = p + digits - 1; i >= p; i--) {
                buf[i] = (char) ('0' + v % 10);
                v /= 10;
            }
            p += digits;
            return this;
        }

        private void ensure(int more) {
            if (p + more > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, p + more));
            }
        }

        /** The text written so far. */
        public String string() {
            return new String(buf, 0, p);
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
            p = out == null ? p + io.wxkit.core.internal.text.Utf8.length(s, from, to)
                    : io.wxkit.core.internal.text.Utf8.encode(s, from, to, out, p);
            return this;
        }

        @Override
        public ReplyOut append(long value) {
            return append(Long.toString(value)); // CreateTime and ArticleCount: a few digits, once per reply
        }
    }
}
