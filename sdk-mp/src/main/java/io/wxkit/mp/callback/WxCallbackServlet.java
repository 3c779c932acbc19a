package io.wxkit.mp.callback;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@code jakarta.servlet} adapter that serves the Official Account's server URL (服务器地址) with a
 * {@link CallbackHandler}, for hosts without Spring. The servlet API is an optional dependency of
 * wxkit-mp: add {@code jakarta.servlet:jakarta.servlet-api} (6.0+) to use this class.
 *
 * <pre>{@code
 * CallbackHandler handler = mp.callback().onEvent(Subscribe.class, e -> Reply.text(e, "Welcome")).build();
 * context.addServlet("wechat", new WxCallbackServlet(handler)).addMapping("/wechat/callback");
 * }</pre>
 *
 * <p>The query string is parsed from {@link HttpServletRequest#getQueryString()} (never from form
 * parameters) and the body is read as UTF-8 up to a size limit; a larger body is answered 413 without
 * being routed. Thread-safe: it holds only the handler and the limit.
 */
public class WxCallbackServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** WeChat's callback bodies are a few kilobytes; the default limit is 256 KiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 256 * 1024;

    private final transient CallbackHandler handler;
    /** The largest request body read, in bytes; a larger one is answered 413 unrouted. */
    private final int maxBodyBytes;

    /**
     * A servlet answering with {@code handler}, bodies limited to {@link #DEFAULT_MAX_BODY_BYTES}.
     *
     * @param handler the account's handler; not null
     * @throws NullPointerException if {@code handler} is null
     */
    public WxCallbackServlet(CallbackHandler handler) {
        this(handler, DEFAULT_MAX_BODY_BYTES);
    }

    /**
     * A servlet answering with {@code handler}, refusing bodies over {@code maxBodyBytes}.
     *
     * @param handler the account's handler; not null
     * @param maxBodyBytes the largest body read, in bytes
     * @throws IllegalArgumentException if {@code maxBodyBytes} is not positive
     * @throws NullPointerException if {@code handler} is null
     */
    public WxCallbackServlet(CallbackHandler handler, int maxBodyBytes) {
        this.handler = Objects.requireNonNull(handler, "handler");
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        write(resp, handler.handle(CallbackRequest.of("GET", query(req.getQueryString()), "")));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String body = readBody(req);
        if (body == null) {
            write(resp, CallbackResponse.refused(413, "body too large"));
            return;
        }
        write(resp, handler.handle(CallbackRequest.of("POST", query(req.getQueryString()), body)));
    }

    private String readBody(HttpServletRequest req) throws IOException {
        long declared = req.getContentLengthLong();
        if (declared > maxBodyBytes) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
        byte[] chunk = new byte[4096];
        try (InputStream in = req.getInputStream()) {
            int n;
            while ((n = in.read(chunk)) != -1) {
                if (out.size() + n > maxBodyBytes) {
                    return null;
                }
                out.write(chunk, 0, n);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The decoded query parameters, first value of each name; malformed escapes are kept verbatim. */
    static Map<String, String> query(String queryString) {
        Map<String, String> params = new HashMap<>();
        if (queryString == null || queryString.isEmpty()) {
            return params;
        }
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.putIfAbsent(name, value);
        }
        return params;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static void write(HttpServletResponse resp, CallbackResponse r) throws IOException {
        resp.setStatus(r.status());
        resp.setContentType(r.contentType());
        byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
