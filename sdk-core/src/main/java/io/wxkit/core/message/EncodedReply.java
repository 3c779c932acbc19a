package io.wxkit.core.message;

import io.wxkit.core.internal.message.ReplyOut;

/**
 * A passive reply rendered as UTF-8 into a caller's buffer, for encryption: its exact length first, then
 * its bytes at an offset, so the safe-mode envelope encrypts the reply where it was written. Made by
 * {@link MessageCodec#encodeUtf8(Reply)}; the bytes are those of {@code encode(reply).getBytes(UTF_8)}.
 */
public final class EncodedReply {
    private final Reply reply;
    private final long createTime;
    private int length = -1;

    EncodedReply(Reply reply, long createTime) {
        this.reply = reply;
        this.createTime = createTime;
    }

    /**
     * The number of UTF-8 bytes.
     *
     * @return the size in bytes of the UTF-8 reply XML, computed on the first call (a counting pass) and then kept
     * @throws IllegalArgumentException if a text contains a character XML cannot carry
     */
    public int length() {
        if (length < 0) {
            ReplyOut.Utf8 counter = new ReplyOut.Utf8(null, 0);
            ReplyWriter.write(reply, createTime, counter);
            length = counter.position();
        }
        return length;
    }

    /**
     * Writes the {@link #length()} bytes at {@code offset}; returns the offset after the last one.
     *
     * @param out the buffer to write into
     * @param offset where the first byte goes
     * @return {@code offset + length()}
     * @throws IndexOutOfBoundsException if they do not fit
     */
    public int writeTo(byte[] out, int offset) {
        int end = offset + length();
        if (offset < 0 || end > out.length) {
            throw new IndexOutOfBoundsException("reply of " + length() + " bytes does not fit at " + offset);
        }
        ReplyOut.Utf8 writer = new ReplyOut.Utf8(out, offset);
        ReplyWriter.write(reply, createTime, writer);
        return writer.position();
    }
}
