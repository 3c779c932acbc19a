package io.wxkit.pay.internal;

import java.util.Objects;

/**
 * One APIv3 call to send through {@link PayClient}.
 *
 * @param method    {@code GET} or {@code POST}
 * @param path      absolute path plus {@code ?query}, already URL-encoded, e.g. {@code /v3/pay/transactions/jsapi}
 * @param body      JSON text, or {@code null} for none
 * @param sensitive whether the body holds fields encrypted with the platform key (adds {@code Wechatpay-Serial})
 */
public record PayCall(String method, String path, String body, boolean sensitive) {
    public PayCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /: " + path);
        }
    }

    public static PayCall get(String path) {
        return new PayCall("GET", path, null, false);
    }

    public static PayCall post(String path, String body) {
        return new PayCall("POST", path, body, false);
    }

    /** {@code METHOD /path} without the query, for error messages. */
    public String endpoint() {
        int q = path.indexOf('?');
        return method + ' ' + (q < 0 ? path : path.substring(0, q));
    }
}
