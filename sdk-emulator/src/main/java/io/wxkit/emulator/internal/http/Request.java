package io.wxkit.emulator.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** One HTTP request as the emulator's handlers see it: method, path, query, headers, body and path variables. */
public final class Request {
    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, String> query;
    private final Map<String, String> headers;
    private final byte[] body;
    private final Map<String, String> pathParams;
    private final Json json;
    private final String baseUrl;
    private final java.security.cert.X509Certificate clientCertificate;
    private JsonNode parsed;

    Request(String method, URI uri, Map<String, List<String>> headers, byte[] body, Map<String, String> pathParams,
            Json json, String baseUrl) {
        this(method, uri, headers, body, pathParams, json, baseUrl, null);
    }

    Request(String method, URI uri, Map<String, List<String>> headers, byte[] body, Map<String, String> pathParams,
            Json json, String baseUrl, java.security.cert.X509Certificate clientCertificate) {
        this.method = method;
        this.path = uri.getPath();
        this.rawQuery = uri.getRawQuery();
        this.query = parseForm(uri.getRawQuery());
        Map<String, String> flat = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> {
            if (k != null && !v.isEmpty()) {
                flat.put(k, v.get(0));
            }
        });
        this.headers = flat;
        this.body = body;
        this.pathParams = Map.copyOf(pathParams);
        this.json = json;
        this.baseUrl = baseUrl;
        this.clientCertificate = clientCertificate;
    }

    /** Builds a request outside the HTTP server (tests, Java control calls). */
    public static Request of(String method, String pathAndQuery, Map<String, String> headers, byte[] body,
                             Json json) {
        Map<String, List<String>> h = new LinkedHashMap<>();
        headers.forEach((k, v) -> h.put(k, List.of(v)));
        return new Request(method, URI.create(pathAndQuery), h, body, Map.of(), json, "http://127.0.0.1");
    }

    Request withPathParams(Map<String, String> params) {
        Map<String, List<String>> h = new LinkedHashMap<>();
        headers.forEach((k, v) -> h.put(k, List.of(v)));
        URI uri = URI.create(path + (rawQuery == null ? "" : "?" + rawQuery));
        return new Request(method, uri, h, body, params, json, baseUrl, clientCertificate);
    }

    /** Decodes an {@code application/x-www-form-urlencoded} string (first value wins). */
    public static Map<String, String> parseForm(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(k, v);
        }
        return out;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** The path plus the raw query string, exactly as sent (what a Pay v3 signature covers). */
    public String pathAndQuery() {
        return rawQuery == null ? path : path + "?" + rawQuery;
    }

    /** A query parameter, or null. */
    public String query(String name) {
        return query.get(name);
    }

    /** All query parameters (first value of each). */
    public Map<String, String> queryParams() {
        return Map.copyOf(query);
    }

    /** A header (case-insensitive), or null. */
    public String header(String name) {
        return headers.get(name);
    }

    /** A path variable such as {@code {openid}}. */
    public String pathParam(String name) {
        return pathParams.get(name);
    }

    public byte[] body() {
        return body.clone();
    }

    public String bodyString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The emulator's own base URL as the client reached it (scheme, host and port). */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The body as JSON (parsed once).
     *
     * @throws MalformedBodyException when the body is empty or not JSON
     */
    public JsonNode json() {
        if (parsed == null) {
            parsed = json.parse(body);
        }
        return parsed;
    }

    /** The JSON codec, for building answers. */
    public Json codec() {
        return json;
    }

    /** The TLS client certificate (the mutual-TLS pay port), or null on plain HTTP. */
    public java.security.cert.X509Certificate clientCertificate() {
        return clientCertificate;
    }

    /** The lower-cased content type, or "". */
    public String contentType() {
        String ct = header("Content-Type");
        return ct == null ? "" : ct.toLowerCase(Locale.ROOT);
    }
}
