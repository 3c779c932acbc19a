package io.wxkit.emulator.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A {@code multipart/form-data} body split into its parts (what {@code media/upload} receives). */
public final class Multipart {
    private Multipart() {
    }

    /** One part: form field name, optional file name and content type, and the raw bytes. */
    public record Part(String name, String filename, String contentType, byte[] data) {
        public Part {
            data = data.clone();
        }

        /** The part as UTF-8 text (ordinary form fields). */
        public String text() {
            return new String(data, StandardCharsets.UTF_8);
        }
    }

    /**
     * Parses a request body.
     *
     * @throws MalformedBodyException when the content type is not multipart or the body is malformed
     */
    public static List<Part> parse(Request request) {
        String ct = request.header("Content-Type");
        String lower = ct == null ? "" : ct.toLowerCase(Locale.ROOT);
        int b = lower.indexOf("boundary=");
        if (!lower.startsWith("multipart/form-data") || b < 0) {
            throw new MalformedBodyException("expected multipart/form-data");
        }
        String boundary = ct.substring(b + "boundary=".length()).split(";")[0].trim().replace("\"", "");
        byte[] body = request.body();
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int pos = indexOf(body, delimiter, 0);
        while (pos >= 0) {
            int start = pos + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                return parts;
            }
            int next = indexOf(body, delimiter, start);
            if (next < 0) {
                throw new MalformedBodyException("multipart body without closing boundary");
            }
            parts.add(part(Arrays.copyOfRange(body, skipCrlf(body, start), next)));
            pos = next;
        }
        throw new MalformedBodyException("multipart body without boundary");
    }

    private static Part part(byte[] raw) {
        int headerEnd = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (headerEnd < 0) {
            throw new MalformedBodyException("multipart part without headers");
        }
        String headers = new String(raw, 0, headerEnd, StandardCharsets.UTF_8);
        int end = raw.length;
        if (end >= 2 && raw[end - 2] == '\r' && raw[end - 1] == '\n') {
            end -= 2;
        }
        String name = null;
        String filename = null;
        String type = null;
        for (String line : headers.split("\r\n")) {
            String l = line.toLowerCase(Locale.ROOT);
            if (l.startsWith("content-disposition:")) {
                name = param(line, "name");
                filename = param(line, "filename");
            } else if (l.startsWith("content-type:")) {
                type = line.substring("content-type:".length()).trim();
            }
        }
        return new Part(name, filename, type, Arrays.copyOfRange(raw, headerEnd + 4, Math.max(headerEnd + 4, end)));
    }

    private static String param(String header, String key) {
        for (String piece : header.split(";")) {
            String p = piece.trim();
            if (p.startsWith(key + "=")) {
                return p.substring(key.length() + 1).replace("\"", "");
            }
        }
        return null;
    }

    private static int skipCrlf(byte[] b, int i) {
        return i + 1 < b.length && b[i] == '\r' && b[i + 1] == '\n' ? i + 2 : i;
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
