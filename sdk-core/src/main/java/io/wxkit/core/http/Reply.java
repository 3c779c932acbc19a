package io.wxkit.core.http;

import java.io.Closeable;
import okhttp3.ResponseBody;

/**
 * WeChat's answer as the pipeline passes it back: status and type, plus either the whole body
 * (JSON, read in full) or, for a binary download, the still-open stream.
 *
 * @param status the HTTP status
 * @param contentType the Content-Type header; empty if none
 * @param fileName the file name from Content-Disposition; empty if none
 * @param body the whole body when it was read (JSON answers); {@code null} for a binary stream
 * @param stream the open body of a binary download; {@code null} otherwise. Whoever drops the
 *     reply closes it.
 */
record Reply(int status, String contentType, String fileName, byte[] body, ResponseBody stream) implements Closeable {

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }

    @Override
    public String toString() {
        return "Reply[" + status + ", " + contentType + "]";
    }
}
