package io.wxkit.spring.sso;

import io.wxkit.sso.broker.BrokerHttp;
import io.wxkit.sso.broker.BrokerRequest;
import io.wxkit.sso.broker.BrokerResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Adapts a servlet request under {@code wxkit.sso.base-path} to the framework-free {@link BrokerHttp} and writes
 * its {@link BrokerResponse} back as is. The body is bounded before it is read.
 */
final class SsoWebHandler {
    // 413 by number: Spring 7 (Boot 4) deprecates PAYLOAD_TOO_LARGE for CONTENT_TOO_LARGE, which Spring 6 (Boot 3.5) lacks
    private static final HttpStatus TOO_LARGE = HttpStatus.valueOf(413);
    private final BrokerHttp broker;
    private final String basePath;
    private final int maxBodyBytes;

    SsoWebHandler(BrokerHttp broker, String basePath, int maxBodyBytes) {
        this.broker = broker;
        this.basePath = basePath;
        this.maxBodyBytes = maxBodyBytes;
    }

    ServerResponse handle(ServerRequest request) throws IOException {
        HttpServletRequest servlet = request.servletRequest();
        Map<String, String> query = query(servlet.getQueryString());
        if (query == null) {
            return error(HttpStatus.BAD_REQUEST, "invalid_request", "repeated or malformed query parameter");
        }
        if (servlet.getContentLengthLong() > maxBodyBytes) {
            return error(TOO_LARGE, "invalid_request", "body larger than " + maxBodyBytes + " bytes");
        }
        byte[] bytes = servlet.getInputStream().readNBytes(maxBodyBytes + 1);
        if (bytes.length > maxBodyBytes) {
            return error(TOO_LARGE, "invalid_request", "body larger than " + maxBodyBytes + " bytes");
        }
        String body = new String(bytes, StandardCharsets.UTF_8);
        if (body.isEmpty() && isForm(servlet)) {
            body = formAlreadyParsed(servlet, query); // a filter before us (e.g. a CSRF check) read the form
        }
        String path = request.path().substring(basePath.length());
        BrokerResponse r = broker.handle(BrokerRequest.of(request.method().name(), path, query, headers(servlet),
                cookies(servlet), body, servlet.getRemoteAddr()));
        ServerResponse.BodyBuilder out = ServerResponse.status(r.status())
                .headers(h -> r.headers().forEach((name, values) -> h.addAll(name, values)));
        return r.body() == null || r.body().isEmpty() ? out.build() : out.body(r.body());
    }

    /** Decoded query parameters; {@code null} when one repeats (the broker and we must agree on each value). */
    static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        try {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (out.putIfAbsent(k, v) != null) {
                    return null;
                }
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return out;
    }

    private static boolean isForm(HttpServletRequest servlet) {
        String type = servlet.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    private static String formAlreadyParsed(HttpServletRequest servlet, Map<String, String> query) {
        StringBuilder sb = new StringBuilder();
        servlet.getParameterMap().forEach((k, values) -> {
            if (!query.containsKey(k) && values.length > 0) {
                sb.append(sb.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(values[0], StandardCharsets.UTF_8));
            }
        });
        return sb.toString();
    }

    private static Map<String, String> headers(HttpServletRequest servlet) {
        Map<String, String> out = new HashMap<>();
        for (String name : Collections.list(servlet.getHeaderNames())) {
            out.putIfAbsent(name, servlet.getHeader(name));
        }
        return out;
    }

    private static Map<String, String> cookies(HttpServletRequest servlet) {
        Map<String, String> out = new HashMap<>();
        Cookie[] cookies = servlet.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                out.putIfAbsent(c.getName(), c.getValue());
            }
        }
        return out;
    }

    private static ServerResponse error(HttpStatus status, String code, String description) {
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store")
                .body("{\"error\":\"" + code + "\",\"error_description\":\"" + description + "\"}");
    }
}
