package io.wxkit.examples.admin.forms;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A CSV download streamed as it is written: the rows go through a small buffer straight into the response (chunked
 * transfer, no Content-Length), on Spring MVC's async thread, so an export of any size holds one buffer of memory
 * and the request thread is not held. UTF-8 with a byte-order mark so Excel opens Chinese text correctly.
 * The vote and member exports use it too.
 */
public final class CsvDownload {
    /** Rows reach the browser every this many characters; the browser shows the download growing. */
    private static final int BUFFER = 16 * 1024;

    private CsvDownload() {
    }

    /** What writes the rows (the module's {@code exportCsv}). */
    @FunctionalInterface
    public interface Rows {
        void writeTo(Writer out) throws Exception;
    }

    /** The response: {@code filename} (may be Chinese) as an attachment, the rows streamed after the BOM. */
    public static ResponseEntity<StreamingResponseBody> of(String filename, Rows rows) {
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
            writer.write('\uFEFF');
            try {
                rows.writeTo(writer);
            } catch (java.io.IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("CSV export failed", e);
            }
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"export.csv\"; filename*=UTF-8''" + encoded)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
