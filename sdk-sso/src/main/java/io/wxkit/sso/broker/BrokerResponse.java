package io.wxkit.sso.broker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The broker's HTTP answer: status, headers ({@code Location}, {@code Set-Cookie}, {@code Content-Type},
 * {@code Cache-Control}) and body, for the adapter to write out as is.
 *
 * @param status the HTTP status
 * @param headers header values by name, in order
 * @param body the body (JSON or plain text), possibly empty
 */
public record BrokerResponse(int status, Map<String, List<String>> headers, String body) {
    /**
     * Copies the headers.
     *
     * @param status the HTTP status
     * @param headers header values by name, in order
     * @param body the body (JSON or plain text), possibly empty
     */
    public BrokerResponse {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        headers = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The first value of header {@code name} (case-insensitive), or {@code null}.
     *
     * @param name the header name, e.g. {@code "Content-Type"}
     * @return the first value, or null when absent
     */
    public String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    /**
     * The {@code Location} header, or {@code null}.
     *
     * @return the redirect target of a 302, e.g. the client's {@code redirect_uri?ticket=..&state=..}; null otherwise
     */
    public String location() {
        return header("Location");
    }

    /**
     * Every {@code Set-Cookie} value.
     *
     * @return the cookies to set, each a full {@code Set-Cookie} value; empty for none
     */
    public List<String> setCookies() {
        return headers.getOrDefault("Set-Cookie", List.of());
    }

    static BrokerResponse redirect(String location, List<String> cookies) {
        Map<String, List<String>> h = base();
        h.put("Location", List.of(location));
        if (!cookies.isEmpty()) {
            h.put("Set-Cookie", cookies);
        }
        return new BrokerResponse(302, h, "");
    }

    static BrokerResponse json(int status, String json, List<String> cookies) {
        Map<String, List<String>> h = base();
        h.put("Content-Type", List.of("application/json; charset=utf-8"));
        if (!cookies.isEmpty()) {
            h.put("Set-Cookie", cookies);
        }
        return new BrokerResponse(status, h, json);
    }

    private static Map<String, List<String>> base() {
        Map<String, List<String>> h = new LinkedHashMap<>();
        // tickets and identities must never sit in a shared cache
        h.put("Cache-Control", new ArrayList<>(List.of("no-store")));
        h.put("Pragma", List.of("no-cache"));
        return h;
    }
}
