package io.wxkit.core.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** A read-only {@link CharSequence} over ASCII bytes (Base64 output), so it can be hashed and compared uncopied. */
final class AsciiView implements CharSequence {
    private final byte[] bytes;
    private final int offset;
    private final int length;

    AsciiView(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    /** Feeds the bytes themselves (the UTF-8 of this ASCII text) to {@code digest}. */
    void feed(MessageDigest digest) {
        digest.update(bytes, offset, length);
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return (char) (bytes[offset + index] & 0x7f);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    @Override
    public String toString() {
        return new String(bytes, offset, length, StandardCharsets.US_ASCII);
    }
}
