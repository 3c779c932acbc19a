package io.wxkit.sso.broker;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP request to the broker, framework-free: the starter (or a test) adapts its server's request.
 *
 * <pre>{@code
 * BrokerResponse r = sso.http().handle(BrokerRequest.of("GET", "/authorize", query, headers, cookies, "", ip));
 * }</pre>
 *
 * @param method the HTTP method
 * @param path the path below the broker's mount point ({@code /authorize}, {@code /callback}, {@code /redeem}, ...)
 * @param query decoded query parameters
 * @param headers request headers (names compared case-insensitively)
 * @param cookies request cookies by name
 * @param body the body ({@code application/x-www-form-urlencoded} for POSTs), or empty
 * @param clientIp the caller's IP as the server saw it (after trusted-proxy handling), used for rate limits
 */
public record BrokerRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
                            Map<String, String> cookies, String body, String clientIp) {
    /**
     * Copies the maps; {@code null} maps and body become empty.
     *
     * @param method the HTTP method
     * @param path the path below the broker's mount point ({@code /authorize}, {@code /callback}, {@code /redeem}, ...)
     * @param query decoded query parameters
     * @param headers request headers (names compared case-insensitively)
     * @param cookies request cookies by name
     * @param body the body ({@code application/x-www-form-urlencoded} for POSTs), or empty
     * @param clientIp the caller's IP as the server saw it (after trusted-proxy handling), used for rate limits
     */
    public BrokerRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = query == null ? Map.of() : Map.copyOf(query);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        cookies = cookies == null ? Map.of() : Map.copyOf(cookies);
        body = body == null ? "" : body;
        clientIp = clientIp == null ? "unknown" : clientIp;
    }

    /**
     * A request; see the record components.
     *
     * @param method   the HTTP method, e.g. {@code "POST"}
     * @param path     the path below the broker's mount point, e.g. {@code "/redeem"}
     * @param query    decoded query parameters; null for none
     * @param headers  request headers; null for none
     * @param cookies  request cookies by name; null for none
     * @param body     the body; null for none
     * @param clientIp the caller's IP as the server saw it
     * @return the request
     */
    public static BrokerRequest of(String method, String path, Map<String, String> query, Map<String, String> headers,
                                   Map<String, String> cookies, String body, String clientIp) {
        return new BrokerRequest(method, path, query, headers, cookies, body, clientIp);
    }

    /**
     * The header {@code name} (case-insensitive), or {@code null}.
     *
     * @param name the header name, e.g. {@code "Authorization"}
     * @return the value, or null when absent
     */
    public String header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * The form fields of an {@code application/x-www-form-urlencoded} body (first value wins), else empty.
     *
     * @return the decoded fields, e.g. {@code form().get("ticket")}; empty for another content type
     */
    public Map<String, String> form() {
        String type = header("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                || body.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(k, v);
        }
        return out;
    }

    /** Hides cookies, headers and body (they carry secrets). */
    @Override
    public String toString() {
        return "BrokerRequest[" + method + " " + path + ", ip=" + clientIp + "]";
    }
}
