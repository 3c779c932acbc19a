package io.wxkit.pay.internal;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A verified WeChat Pay response: status, headers (names case-insensitive) and body text.
 *
 * @param status  HTTP status
 * @param headers response headers, first value per name
 * @param body    body text, "" for none
 */
public record PayResponse(int status, Map<String, String> headers, String body) {
    public PayResponse {
        TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        headers = Collections.unmodifiableMap(h);
        body = body == null ? "" : body;
    }

    /** The {@code Request-ID} header, or {@code null}. */
    public String requestId() {
        return headers.get("Request-ID");
    }
}
