package io.wxkit.spring.mp;

import io.wxkit.mp.callback.CallbackHandler;
import io.wxkit.mp.callback.CallbackRequest;
import io.wxkit.mp.callback.CallbackResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The servlet side of one callback path: reads the query and a bounded body, hands them to the
 * framework-free {@link CallbackHandler} and writes its answer as is.
 */
final class CallbackWebHandler {
    // 413 by number: Spring 7 (Boot 4) deprecates PAYLOAD_TOO_LARGE for CONTENT_TOO_LARGE, which Spring 6 (Boot 3.5) lacks
    private static final HttpStatus TOO_LARGE = HttpStatus.valueOf(413);
    private final WxCallbackEndpoints endpoints;
    private final String path;
    private final int maxBytes;

    CallbackWebHandler(WxCallbackEndpoints endpoints, String path, int maxBytes) {
        this.endpoints = endpoints;
        this.path = path;
        this.maxBytes = maxBytes;
    }

    ServerResponse handle(ServerRequest request) throws IOException {
        Optional<CallbackHandler> handler = endpoints.handler(path);
        if (handler.isEmpty()) {
            return ServerResponse.notFound().build();
        }
        Map<String, String> query = new HashMap<>();
        for (Map.Entry<String, List<String>> p : request.params().entrySet()) {
            if (p.getValue().size() != 1) {
                // a repeated signature parameter would let the web layer and the verifier disagree on its value
                return plain(HttpStatus.BAD_REQUEST, "repeated query parameter");
            }
            query.put(p.getKey(), p.getValue().get(0) == null ? "" : p.getValue().get(0));
        }
        String body = "";
        if (request.method().matches("POST")) {
            HttpServletRequest servlet = request.servletRequest();
            if (servlet.getContentLengthLong() > maxBytes) {
                return plain(TOO_LARGE, "body too large");
            }
            byte[] bytes = readAtMost(servlet.getInputStream(), maxBytes);
            if (bytes == null) {
                return plain(TOO_LARGE, "body too large");
            }
            body = new String(bytes, StandardCharsets.UTF_8);
        }
        CallbackResponse r = handler.get().handle(CallbackRequest.of(request.method().name(), query, body));
        return ServerResponse.status(r.status()).contentType(MediaType.parseMediaType(r.contentType())).body(r.body());
    }

    /** The body, or {@code null} when it is longer than {@code max} bytes (not read further). */
    static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        return bytes.length > max ? null : bytes;
    }

    private static ServerResponse plain(HttpStatus status, String message) {
        return ServerResponse.status(status).contentType(MediaType.TEXT_PLAIN).body(message);
    }
}
