package io.wxkit.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * A {@code multipart/form-data} body for WeChat's media uploads: one file part (WeChat calls the
 * field {@code media}) and optional text fields such as a video's {@code description}.
 *
 * <pre>{@code
 * Multipart form = Multipart.file("media", Path.of("cover.jpg"));
 * MediaUploaded r = api.upload("cgi-bin/media/upload", Map.of("type", "image"), form, MediaUploaded.class);
 * }</pre>
 *
 * <p>Files and byte arrays are streamed from their source on every attempt, so uploads of them are
 * retried like any call. An {@link InputStream} can be read once: such an upload is never retried
 * (not even after an invalid token), and the caller closes the stream. Immutable.
 */
public final class Multipart {
    private sealed interface Part permits FilePart, StreamPart, BytesPart, TextPart {}

    private record FilePart(String field, Path file, String fileName, String contentType) implements Part {}

    private record StreamPart(String field, String fileName, String contentType, InputStream in, long length)
            implements Part {}

    private record BytesPart(String field, String fileName, String contentType, byte[] bytes) implements Part {}

    private record TextPart(String field, String value) implements Part {}

    private static final Map<String, String> TYPES = Map.of("jpg", "image/jpeg", "jpeg", "image/jpeg",
            "png", "image/png", "gif", "image/gif", "bmp", "image/bmp", "amr", "audio/amr", "mp3", "audio/mpeg",
            "mp4", "video/mp4", "speex", "audio/speex");

    private final List<Part> parts;

    private Multipart(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /**
     * A form whose {@code field} is {@code file}, sent under its own name with a type from its extension.
     *
     * @param field the form field name, {@code media} for WeChat's uploads
     * @param file the file, read on every attempt
     * @return a form with one file part; its content type comes from the extension (jpg, jpeg, png, gif, bmp, amr,
     *     mp3, mp4, speex; otherwise {@code application/octet-stream})
     * @throws NullPointerException if {@code file} is null
     * @throws IllegalArgumentException if {@code file} is not a regular file
     */
    public static Multipart file(String field, Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("not a readable file: " + file);
        }
        String name = file.getFileName().toString();
        return new Multipart(List.of(new FilePart(field, file, name, typeOf(name))));
    }

    /**
     * A form whose {@code field} holds {@code bytes} under {@code fileName}.
     *
     * @param field the form field name, {@code media} for WeChat's uploads
     * @param fileName the file name sent; its extension gives the content type, as for {@link #file}
     * @param bytes the content, copied
     * @return a form with one file part
     * @throws NullPointerException if {@code fileName} or {@code bytes} is null
     */
    public static Multipart bytes(String field, String fileName, byte[] bytes) {
        return new Multipart(List.of(new BytesPart(field, fileName, typeOf(fileName), bytes.clone())));
    }

    /**
     * A form whose {@code field} is read from {@code in} while sending. Give {@code length} when known
     * ({@code -1} otherwise): with it the request has a Content-Length instead of chunked encoding.
     *
     * @param field the form field name, {@code media} for WeChat's uploads
     * @param fileName the file name sent; its extension gives the content type, as for {@link #file}
     * @param in the content, read once and not closed
     * @param length the exact number of bytes {@code in} holds, or {@code -1} if unknown
     * @return a form with one file part that cannot be sent twice
     * @throws NullPointerException if {@code field}, {@code fileName} or {@code in} is null (here, not when the
     *     request is sent)
     * @throws IllegalArgumentException if {@code length} is below {@code -1}
     */
    public static Multipart stream(String field, String fileName, InputStream in, long length) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(in, "in");
        if (length < -1) {
            throw new IllegalArgumentException("length must be -1 (unknown) or the exact byte count: " + length);
        }
        return new Multipart(List.of(new StreamPart(field, fileName, typeOf(fileName), in, length)));
    }

    /**
     * A copy with the text field {@code name=value} added (e.g. {@code description} for videos).
     *
     * @param name the field name
     * @param value the field value
     * @return the copy; this form is unchanged
     * @throws NullPointerException if {@code name} or {@code value} is null
     */
    public Multipart field(String name, String value) {
        List<Part> copy = new ArrayList<>(parts);
        copy.add(new TextPart(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")));
        return new Multipart(copy);
    }

    /** Whether the body can be produced again for a retry. */
    boolean repeatable() {
        return parts.stream().noneMatch(p -> p instanceof StreamPart);
    }

    /** The OkHttp body for one attempt. */
    RequestBody toRequestBody() {
        MultipartBody.Builder b = new MultipartBody.Builder().setType(MultipartBody.FORM);
        for (Part part : parts) {
            if (part instanceof FilePart f) {
                b.addFormDataPart(f.field(), f.fileName(), RequestBody.create(f.file().toFile(),
                        MediaType.get(f.contentType())));
            } else if (part instanceof BytesPart p) {
                b.addFormDataPart(p.field(), p.fileName(), RequestBody.create(p.bytes(),
                        MediaType.get(p.contentType())));
            } else if (part instanceof StreamPart s) {
                b.addFormDataPart(s.field(), s.fileName(), new OneShotStreamBody(s));
            } else if (part instanceof TextPart t) {
                b.addFormDataPart(t.field(), t.value());
            }
        }
        return b.build();
    }

    static String typeOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    @Override
    public String toString() {
        return "Multipart" + parts.stream().map(p -> p.getClass().getSimpleName()).toList();
    }

    private static final class OneShotStreamBody extends RequestBody {
        private final StreamPart part;

        OneShotStreamBody(StreamPart part) {
            this.part = part;
        }

        @Override
        public MediaType contentType() {
            return MediaType.get(part.contentType());
        }

        @Override
        public long contentLength() {
            return part.length();
        }

        @Override
        public boolean isOneShot() {
            return true;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            Source source = Okio.source(part.in()); // not closed: the caller owns the stream
            sink.writeAll(source);
        }
    }
}
