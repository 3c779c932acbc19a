package io.wxkit.core.crypto;

/** A read-only {@link CharSequence} over ASCII bytes (Base64 output), so it can be hashed and appended uncopied. */
final class AsciiView implements CharSequence {
    private final byte[] bytes;

    AsciiView(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Feeds the bytes themselves (the UTF-8 of this ASCII text) to {@code digest}. */
    void feed(java.security.MessageDigest digest) {
        digest.update(bytes);
    }

    @Override
    public int length() {
        return bytes.length;
    }

    @Override
    public char charAt(int index) {
        return (char) (bytes[index] & 0x7f);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    @Override
    public String toString() {
        return new String(bytes, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
