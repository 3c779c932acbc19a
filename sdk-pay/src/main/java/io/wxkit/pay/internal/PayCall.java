package io.wxkit.pay.internal;

import java.util.Objects;

/**
 * One APIv3 call to send through {@link PayClient}.
 *
 * @param method     {@code GET} or {@code POST}
 * @param path       absolute path plus {@code ?query}, already URL-encoded, e.g. {@code /v3/pay/transactions/jsapi}
 * @param body       JSON text, or {@code null} for none
 * @param sensitive  whether the body holds fields encrypted with the platform key (adds {@code Wechatpay-Serial})
 * @param idempotent whether sending it twice has the effect of sending it once, so an ambiguous outcome
 *                   (5xx, a transport failure after the request may have been written) may be retried
 */
public record PayCall(String method, String path, String body, boolean sensitive, boolean idempotent) {
    public PayCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /: " + path);
        }
    }

    /** A GET: reads are idempotent. */
    public static PayCall get(String path) {
        return new PayCall("GET", path, null, false, true);
    }

    /**
     * A POST that is NOT retried on an ambiguous outcome: the safe default for a call WeChat does not
     * deduplicate; its caller learns the outcome is unknown and must query before trying again.
     */
    public static PayCall post(String path, String body) {
        return new PayCall("POST", path, body, false, false);
    }

    /**
     * A POST that WeChat Pay deduplicates by the merchant's own number in the path or body
     * ({@code out_trade_no}, {@code out_refund_no}, {@code out_bill_no}): a repeat with the same
     * number does not act twice, so an ambiguous outcome is retried (docs/decisions.md cites the pages).
     */
    public static PayCall keyedPost(String path, String body) {
        return keyedPost(path, body, false);
    }

    /** As {@link #keyedPost(String, String)}, with fields encrypted with the platform key when {@code sensitive}. */
    public static PayCall keyedPost(String path, String body, boolean sensitive) {
        return new PayCall("POST", path, body, sensitive, true);
    }

    /** {@code METHOD /path} without the query, for error messages. */
    public String endpoint() {
        int q = path.indexOf('?');
        return method + ' ' + (q < 0 ? path : path.substring(0, q));
    }
}
