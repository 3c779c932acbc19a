package io.wxkit.core.http;

/**
 * What a binary media download delivered (for example {@code GET /cgi-bin/media/get}): the bytes
 * went to the caller's stream, this says what they were.
 *
 * @param contentType the {@code Content-Type} WeChat sent, e.g. {@code image/jpeg}; empty if none
 * @param fileName the file name from {@code Content-Disposition}; empty if none
 * @param bytes how many bytes were written to the stream
 */
public record MediaDownload(String contentType, String fileName, long bytes) {
    /**
     * Replaces a null {@code contentType} or {@code fileName} with the empty string.
     *
     * @param contentType the {@code Content-Type} WeChat sent; null for none
     * @param fileName the file name from {@code Content-Disposition}; null for none
     * @param bytes how many bytes were written to the stream
     */
    public MediaDownload {
        contentType = contentType == null ? "" : contentType;
        fileName = fileName == null ? "" : fileName;
    }
}
