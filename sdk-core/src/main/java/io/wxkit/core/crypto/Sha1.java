package io.wxkit.core.crypto;

import io.wxkit.core.internal.crypto.Hex;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Per-thread SHA-1 over UTF-8 text without intermediate byte arrays: the digest behind every WeChat callback,
 * {@code msg_signature} and JS-SDK signature. Holds no request data between calls ({@link #reset()} on entry).
 */
final class Sha1 {
    static final int LENGTH = 20;
    private static final ThreadLocal<Sha1> PER_THREAD = ThreadLocal.withInitial(Sha1::new);

    private final MessageDigest digest;
    private final byte[] buffer = new byte[512];
    private final char[] chars = new char[512];
    private final byte[] out = new byte[LENGTH];
    private int used;
    private int charsUsed; // high-water mark of 'chars', cleared with the buffer
    private int bytesUsed; // high-water mark of 'buffer': finish() clears only what a call wrote

    private Sha1() {
        try {
            digest = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java platform", e);
        }
    }

    /** The calling thread's instance, reset and ready for {@link #update}. */
    static Sha1 get() {
        Sha1 sha1 = PER_THREAD.get();
        sha1.reset();
        return sha1;
    }

    void reset() {
        digest.reset();
        bytesUsed = Math.max(bytesUsed, used); // an unfinished call's bytes are cleared by the next finish()
        used = 0;
    }

    /** Feeds the UTF-8 bytes of {@code s}. */
    Sha1 update(CharSequence s) {
        if (s instanceof String string) {
            return updateString(string);
        }
        if (s instanceof AsciiView ascii) { // Base64 output: already the bytes to hash
            flush();
            ascii.feed(digest);
            return this;
        }
        return updateChars(s, 0);
    }

    /**
     * WeChat's signed parts (token, timestamp, nonce, Base64 {@code Encrypt}) are ASCII: copy them in blocks
     * ({@code getChars} is a bulk copy) and narrow without a branch per char; the first block holding a
     * non-ASCII char hands the rest of the string to the char-by-char encoder.
     */
    private Sha1 updateString(String s) {
        int n = s.length();
        for (int start = 0; start < n; ) {
            int end = Math.min(n, start + Math.min(chars.length, buffer.length - used));
            if (end == start) {
                flush();
                continue;
            }
            s.getChars(start, end, chars, 0);
            charsUsed = Math.max(charsUsed, end - start);
            bytesUsed = Math.max(bytesUsed, used + end - start);
            int seen = 0;
            for (int i = 0, o = used; i < end - start; i++, o++) {
                char c = chars[i];
                seen |= c;
                buffer[o] = (byte) c;
            }
            if (seen >= 0x80) { // not ASCII: what was narrowed past 'used' is overwritten by the exact encoder
                return updateChars(s, start);
            }
            used += end - start;
            start = end;
        }
        return this;
    }

    private Sha1 updateChars(CharSequence s, int from) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            if (used > buffer.length - 4) {
                flush();
            }
            char c = s.charAt(i);
            if (c < 0x80) {
                buffer[used++] = (byte) c;
            } else if (c < 0x800) {
                buffer[used++] = (byte) (0xc0 | (c >> 6));
                buffer[used++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buffer[used++] = (byte) (0xf0 | (cp >> 18));
                buffer[used++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                buffer[used++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                buffer[used++] = (byte) (0x80 | (cp & 0x3f));
            } else if (Character.isSurrogate(c)) {
                buffer[used++] = (byte) '?'; // what String.getBytes(UTF_8) does for a lone surrogate
            } else {
                buffer[used++] = (byte) (0xe0 | (c >> 12));
                buffer[used++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                buffer[used++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        return this;
    }

    private void flush() {
        bytesUsed = Math.max(bytesUsed, used);
        digest.update(buffer, 0, used);
        used = 0;
    }

    /** Finishes the digest; the returned array is this thread's scratch buffer, valid until the next call. */
    byte[] finish() {
        flush();
        try {
            digest.digest(out, 0, LENGTH);
        } catch (java.security.DigestException e) {
            throw new IllegalStateException("SHA-1 output buffer too small", e);
        }
        // the token went through both buffers; a plain callback's parts are ≈ 50 bytes of the 512
        Arrays.fill(buffer, 0, bytesUsed, (byte) 0);
        Arrays.fill(chars, 0, charsUsed, '\0');
        charsUsed = 0;
        bytesUsed = 0;
        return out;
    }

    /** Lower-case hex of the finished digest. */
    String finishHex() {
        return Hex.encode(finish(), 0, LENGTH, LOWER);
    }

    private static final byte[] LOWER = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};

    /** SHA-1 of the concatenation of {@code parts} sorted in string order, as WeChat signs callbacks. */
    static Sha1 ofSorted(CharSequence... parts) {
        for (int i = 1; i < parts.length; i++) { // insertion sort: 3 or 4 parts, no Comparator allocation
            CharSequence current = parts[i];
            int j = i - 1;
            while (j >= 0 && CharSequence.compare(parts[j], current) > 0) {
                parts[j + 1] = parts[j];
                j--;
            }
            parts[j + 1] = current;
        }
        Sha1 sha1 = get();
        for (CharSequence part : parts) {
            sha1.update(part);
        }
        return sha1;
    }
}
