package io.wxkit.pay;

import io.wxkit.core.internal.text.Untrusted;
import java.util.Set;

/**
 * A WeChat Pay call or notification that failed: the HTTP status, WeChat Pay's error {@code code}
 * and {@code message} (e.g. {@code PARAM_ERROR}, {@code ORDER_CLOSED}), the {@code detail} object as
 * JSON, and the {@code Request-ID} WeChat Pay support asks for.
 *
 * <p>Also thrown (with {@code status} 0 or the HTTP status of the response) when a response or
 * notification fails signature, timestamp or decryption checks: then {@code code} is the reason
 * ({@code SIGNATURE_INVALID}, {@code TIMESTAMP_EXPIRED}, {@code UNKNOWN_PLATFORM_SERIAL},
 * {@code AEAD_TAG_MISMATCH}, {@code MISSING_HEADER}, {@code MALFORMED}), and for transport failures
 * {@code code} is {@code TRANSPORT_ERROR}. Unchecked; messages never contain keys or signatures.
 */
public class WxPayException extends RuntimeException {
    /**
     * {@link #code()} of a call WeChat Pay does not deduplicate that got no clear answer (HTTP 5xx, or
     * a transport failure after the request may have been written): it was not repeated, and may or
     * may not have taken effect; query its result before sending it again.
     */
    public static final String OUTCOME_UNKNOWN = "OUTCOME_UNKNOWN";
    private static final long serialVersionUID = 1L;
    private static final Set<String> RETRYABLE_CODES = Set.of("SYSTEM_ERROR", "SYSTEMERROR", "TRANSPORT_ERROR", "FREQUENCY_LIMITED");
    private static final Set<String> VERIFICATION_CODES = Set.of("SIGNATURE_INVALID", "TIMESTAMP_EXPIRED",
            "UNKNOWN_PLATFORM_SERIAL", "AEAD_TAG_MISMATCH", "MISSING_HEADER");

    /** Kept for {@link #status()}. */
    private final int status;
    /** Kept for {@link #code()}. */
    private final String code;
    /** Kept for {@link #detail()}. */
    private final String detail;
    /** Kept for {@link #requestId()}. */
    private final String requestId;
    /** Kept for {@link #endpoint()}. */
    private final String endpoint;
    /** Kept for {@link #attempts()}. */
    private final int attempts;

    /**
     * @param status    HTTP status (0 when there was no HTTP response)
     * @param code      WeChat Pay error code or the local check that failed
     * @param message   human-readable message (WeChat's {@code message})
     * @param detail    WeChat's {@code detail} JSON, or {@code null}
     * @param requestId the {@code Request-ID} response header, or {@code null}
     * @param endpoint  {@code METHOD /path}, or {@code null} for notifications
     * @param attempts  how many HTTP attempts were made (0 for notifications)
     * @param cause     underlying failure, or {@code null}
     */
    public WxPayException(int status, String code, String message, String detail, String requestId,
                          String endpoint, int attempts, Throwable cause) {
        super(format(status, code, message, requestId, endpoint, attempts), cause);
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.requestId = requestId;
        this.endpoint = endpoint;
        this.attempts = attempts;
    }

    private static String format(int status, String code, String message, String requestId, String endpoint, int attempts) {
        StringBuilder sb = new StringBuilder().append(code).append(": ").append(message);
        if (status > 0) {
            sb.append(" (HTTP ").append(status).append(')');
        }
        if (requestId != null) {
            sb.append(" Request-ID=").append(Untrusted.quote(requestId, 64)); // a response header: untrusted
        }
        if (endpoint != null) {
            sb.append(' ').append(endpoint).append(" (attempts=").append(attempts).append(')');
        }
        return sb.toString();
    }

    /**
     * HTTP status, 0 when no response was received or for a local check.
     *
     * @return e.g. {@code 400}, {@code 404}, {@code 500}; {@code 0} when there was no HTTP answer
     */
    public int status() {
        return status;
    }

    /**
     * WeChat Pay's error code ({@code PARAM_ERROR}, …) or the local check that failed.
     *
     * @return WeChat Pay's {@code code} field (e.g. {@code "ORDER_NOT_EXIST"}), {@code "TRANSPORT_ERROR"},
     *     {@link #OUTCOME_UNKNOWN}, or a local check such as {@code "SIGNATURE_INVALID"}; never null
     */
    public String code() {
        return code;
    }

    /**
     * WeChat Pay's {@code detail} object as JSON text, or {@code null}.
     *
     * @return e.g. {@code {"field":"/amount/total","issue":"..."}}; null when the answer had none
     */
    public String detail() {
        return detail;
    }

    /**
     * The {@code Request-ID} header of the response, or {@code null}.
     *
     * @return the value to quote to WeChat Pay support; null when there was no answer
     */
    public String requestId() {
        return requestId;
    }

    /**
     * {@code METHOD /path} of the failed call, or {@code null} for a notification.
     *
     * @return e.g. {@code "POST /v3/pay/transactions/jsapi"}; null for a notification
     */
    public String endpoint() {
        return endpoint;
    }

    /**
     * Number of HTTP attempts made.
     *
     * @return 1 or more for a call; 0 for a notification
     */
    public int attempts() {
        return attempts;
    }

    /**
     * Whether the same request may succeed later (5xx, {@code SYSTEM_ERROR}, transport failures).
     *
     * @return true when retrying later with the same out_trade_no or out_refund_no is safe and may succeed
     */
    public boolean isRetryable() {
        return status >= 500 || RETRYABLE_CODES.contains(code);
    }

    /**
     * Whether this is a failed signature/timestamp/decryption check rather than a WeChat Pay error.
     *
     * @return true for a refused signature, timestamp, serial or decryption: the answer or notification
     *     is not trusted, whatever it said
     */
    public boolean isVerificationFailure() {
        return VERIFICATION_CODES.contains(code);
    }
}
