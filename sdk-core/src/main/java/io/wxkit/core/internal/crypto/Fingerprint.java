package io.wxkit.core.internal.crypto;

import io.wxkit.core.internal.text.Utf8;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A fixed-size identity for a list of text fields: the first 128 bits of SHA-256 over the fields, each
 * prefixed by its UTF-8 length, as 32 lower-case hex characters. Dedup stores key deliveries by it, so
 * a key costs the same memory whatever the sender put in the fields.
 *
 * <pre>{@code
 * String key = "mp:" + Fingerprint.of(toUser, fromUser, Long.toString(msgId));
 * }</pre>
 *
 * <p>The length prefix keeps the encoding unambiguous ({@code ("ab", "c")} and {@code ("a", "bc")}
 * differ), and a {@code null} field differs from {@code ""}. 128 bits leave a chance of an accidental
 * collision below 10<sup>-18</sup> even among 10<sup>10</sup> keys; the fields are not secret, so this
 * is an identity, not a MAC. Uses a per-thread digest and buffer that hold no data between calls.
 */
public final class Fingerprint {
    /** The length of every fingerprint, in characters. */
    public static final int LENGTH = 32;
    private static final int BYTES = LENGTH / 2;
    /** Fields up to this many chars (3 UTF-8 bytes each at most) are encoded into the buffer. */
    private static final int MAX_BUFFERED_CHARS = 256;
    /** 10^0 to 10^18: a positive {@code long} has as many digits as powers it reaches. */
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private static final ThreadLocal<Fingerprint> PER_THREAD = ThreadLocal.withInitial(Fingerprint::new);

    private final MessageDigest sha256;
    private final byte[] buffer = new byte[1024];
    private final byte[] out = new byte[32];

    private Fingerprint() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /**
     * The fingerprint of {@code fields} in order ({@code null} elements allowed).
     *
     * @throws NullPointerException if {@code fields} is null
     */
    public static String of(CharSequence... fields) {
        return PER_THREAD.get().digest(fields);
    }

    /**
     * {@code prefix + of(a, b, Long.toString(c), Long.toString(d))}, the same characters, without the two
     * decimal strings and the concatenation: a chat message's dedup key, built once per callback.
     *
     * <pre>{@code
     * String key = Fingerprint.prefixed("mp:m:", toUser, fromUser, createTime, msgId);
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code prefix} is not ASCII
     * @throws NullPointerException if {@code prefix} is null
     */
    public static String prefixed(String prefix, CharSequence a, CharSequence b, long c, long d) {
        return PER_THREAD.get().prefixedDigest(prefix, a, b, c, d);
    }

    private String digest(CharSequence[] fields) {
        sha256.reset();
        // every field's length prefix and bytes go into one buffer and one digest update: the fields of a
        // dedup key are a few dozen bytes, and each MessageDigest.update call costs more than its bytes
        int used = 0;
        for (CharSequence field : fields) {
            used = append(field, makeRoom(used));
        }
        finish(used);
        return Hex.encode(out, 0, BYTES, Hex.LOWER);
    }

    private String prefixedDigest(String prefix, CharSequence a, CharSequence b, long c, long d) {
        int prefixLength = prefix.length();
        byte[] key = new byte[prefixLength + LENGTH];
        for (int i = 0; i < prefixLength; i++) {
            char ch = prefix.charAt(i);
            if (ch >= 0x80) {
                throw new IllegalArgumentException("the prefix must be ASCII");
            }
            key[i] = (byte) ch;
        }
        sha256.reset();
        int used = append(a, 0);
        used = append(b, makeRoom(used));
        used = appendDecimal(c, makeRoom(used));
        finish(appendDecimal(d, makeRoom(used)));
        for (int i = 0; i < BYTES; i++) {
            int v = out[i] & 0xff;
            key[prefixLength + 2 * i] = Hex.LOWER[v >>> 4];
            key[prefixLength + 2 * i + 1] = Hex.LOWER[v & 0x0f];
        }
        return new String(key, StandardCharsets.ISO_8859_1);
    }

    /** Digests the buffer's {@code used} bytes if another field of up to the buffered size might not fit. */
    private int makeRoom(int used) {
        if (used > buffer.length - 4 - 3 * MAX_BUFFERED_CHARS) {
            sha256.update(buffer, 0, used);
            return 0;
        }
        return used;
    }

    private void finish(int used) {
        sha256.update(buffer, 0, used);
        try {
            sha256.digest(out, 0, out.length);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 output buffer too small", e);
        }
    }

    /** Writes {@code value} as {@link Long#toString(long)} would, length-prefixed, at {@code used}. */
    private int appendDecimal(long value, int used) {
        if (value < 0) {
            return append(Long.toString(value), used); // never in WeChat's fields; not worth a second digit loop
        }
        int digits = 1;
        while (digits < POWERS_OF_TEN.length && value >= POWERS_OF_TEN[digits]) {
            digits++;
        }
        writeLength(digits, used);
        int end = used + 4 + digits;
        int p = end;
        long rest = value;
        while (rest >= 100) { // two digits per division, as Long.toString does
            long quotient = rest / 100;
            int pair = (int) (rest - quotient * 100);
            buffer[--p] = (byte) ('0' + pair % 10);
            buffer[--p] = (byte) ('0' + pair / 10);
            rest = quotient;
        }
        buffer[--p] = (byte) ('0' + (int) (rest % 10));
        if (rest >= 10) {
            buffer[--p] = (byte) ('0' + (int) (rest / 10));
        }
        return end;
    }

    /** Writes the field's 4-byte length and UTF-8 at {@code used} (or digests a long field directly). */
    private int append(CharSequence field, int used) {
        if (field == null || field.length() > MAX_BUFFERED_CHARS) {
            int length = field == null ? -1 : Utf8.length(field);
            writeLength(length, used);
            sha256.update(buffer, 0, used + 4);
            if (length > 0) {
                // rare (a long EventKey, a user's key function): not worth a per-thread buffer that large
                sha256.update(field.toString().getBytes(StandardCharsets.UTF_8));
            }
            return 0;
        }
        int end = Utf8.encode(field, buffer, used + 4);
        writeLength(end - used - 4, used);
        return end;
    }

    private void writeLength(int length, int at) {
        buffer[at] = (byte) (length >>> 24);
        buffer[at + 1] = (byte) (length >>> 16);
        buffer[at + 2] = (byte) (length >>> 8);
        buffer[at + 3] = (byte) length;
    }
}
