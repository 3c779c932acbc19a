package io.wxkit.core.http;

import io.wxkit.core.internal.http.Masking;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failed call to a WeChat Official Account API: WeChat answered with a non-zero {@code errcode},
 * answered with an HTTP error status, or could not be reached at all.
 *
 * <pre>{@code
 * try { api.post("cgi-bin/menu/create", menu, JsonNode.class); }
 * catch (WxApiException e) { if (e.errcode() == 40018) showError(e.errmsg()); }
 * }</pre>
 *
 * <p>One type for every failure, with query methods instead of subclasses:
 * <ul>
 *   <li>WeChat error: {@link #errcode()} is non-zero, {@link #errmsg()} and {@link #rid()} are what
 *       WeChat sent;</li>
 *   <li>HTTP error: {@link #httpStatus()} is the status (errcode 0);</li>
 *   <li>transport failure (connect, timeout, reset): {@link #isTransportFailure()} is true, the
 *       {@link IOException} is the cause, {@link #httpStatus()} is 0.</li>
 * </ul>
 * Independently of the kind, {@link #isOutcomeUnknown()} says that WeChat may have carried out the
 * call although it failed (an HTTP 5xx, errcode {@code -1}, or a transport failure once the request
 * may have been written) and that the pipeline did not send it again because it is not idempotent;
 * {@link #clientMsgId()} is then the dedup id to retry with safely, if the request had one.
 * The message reads like
 * {@code errcode=40001 errmsg="invalid credential" rid=65a1-… POST /cgi-bin/menu/create (attempts=2)}
 * and never contains an access token, secret or query string: {@link #endpoint()} is method and
 * path only. Immutable and safe to share.
 */
public final class WxApiException extends RuntimeException {
    private static final Pattern RID = Pattern.compile("rid:\\s*([^\\s,;]+)");

    // the serialized form (an exception is Serializable): javadoc documents these fields
    /** WeChat's errcode, 0 for HTTP and transport failures. */
    private final int errcode;
    /** The masked errmsg or failure description, never null. */
    private final String errmsg;
    /** The rid parsed from errmsg, or empty. */
    private final String rid;
    /** Method and path of the call. */
    private final String endpoint;
    /** The HTTP status, 0 without an answer. */
    private final int httpStatus;
    /** Whether WeChat could not be reached or gave no usable answer. */
    private final boolean transport;
    /** HTTP requests made for the call. */
    private final int attempts;
    /** Whether WeChat may have carried out the call. */
    private final boolean outcomeUnknown;
    /** The request's dedup id, or null. */
    private final String clientMsgId;

    private WxApiException(int errcode, String errmsg, String endpoint, int httpStatus, boolean transport,
            int attempts, Throwable cause) {
        this(errcode, errmsg, endpoint, httpStatus, transport, attempts, cause, false, null);
    }

    private WxApiException(int errcode, String errmsg, String endpoint, int httpStatus, boolean transport,
            int attempts, Throwable cause, boolean outcomeUnknown, String clientMsgId) {
        super(null, cause, false, true);
        this.errcode = errcode;
        this.errmsg = errmsg == null ? "" : Masking.text(errmsg);
        this.rid = parseRid(this.errmsg);
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.httpStatus = httpStatus;
        this.transport = transport;
        this.attempts = attempts;
        this.outcomeUnknown = outcomeUnknown;
        this.clientMsgId = clientMsgId;
    }

    /**
     * A WeChat error answer ({@code {"errcode":N,"errmsg":"..."}}) from {@code endpoint}.
     *
     * @param errcode WeChat's non-zero {@code errcode}
     * @param errmsg WeChat's {@code errmsg}; secrets in it are masked, null becomes empty
     * @param endpoint method and path, e.g. {@code POST /cgi-bin/menu/create}; never the query
     * @return the exception, with 1 attempt and HTTP status 200
     * @throws NullPointerException if {@code endpoint} is null
     */
    public static WxApiException of(int errcode, String errmsg, String endpoint) {
        return new WxApiException(errcode, errmsg, endpoint, 200, false, 1, null);
    }

    /**
     * An HTTP error status (no WeChat errcode) from {@code endpoint}.
     *
     * @param status the HTTP status, e.g. 502
     * @param endpoint method and path, never the query
     * @return the exception, with errcode 0 and errmsg {@code HTTP <status>}
     * @throws NullPointerException if {@code endpoint} is null
     */
    public static WxApiException httpStatus(int status, String endpoint) {
        return new WxApiException(0, "HTTP " + status, endpoint, status, false, 1, null);
    }

    /**
     * A transport failure (no answer) calling {@code endpoint}; {@code cause} is kept.
     *
     * @param cause the I/O failure; its class and message become the errmsg
     * @param endpoint method and path, never the query
     * @return the exception, a transport failure with HTTP status 0
     * @throws NullPointerException if {@code cause} or {@code endpoint} is null
     */
    public static WxApiException transport(IOException cause, String endpoint) {
        String detail = cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new WxApiException(0, detail, endpoint, 0, true, 1, cause);
    }

    /**
     * No usable answer from {@code endpoint} (for example a body that is not JSON), or no answer in
     * time from a local wait described by {@code what}. Counted as a transport failure.
     *
     * @param what what was wrong, becomes the errmsg; must not contain secrets
     * @param endpoint method and path, never the query
     * @return the exception, a transport failure without a cause
     * @throws NullPointerException if {@code endpoint} is null
     */
    public static WxApiException unusable(String what, String endpoint) {
        return new WxApiException(0, what, endpoint, 0, true, 1, null);
    }

    /**
     * A copy of this exception that reports {@code attempts} calls in total.
     *
     * @param attempts the total number of HTTP requests made
     * @return this exception if the count is unchanged, otherwise a copy with the same stack trace
     */
    public WxApiException withAttempts(int attempts) {
        if (attempts == this.attempts) {
            return this;
        }
        return copy(attempts, outcomeUnknown, clientMsgId);
    }

    /**
     * A copy of this exception that says WeChat may have carried out the call (see
     * {@link #isOutcomeUnknown()}); {@code clientMsgId} is the request's dedup id, or {@code null}.
     *
     * @param clientMsgId the dedup id, or null
     * @return a copy with the same stack trace
     */
    public WxApiException withOutcomeUnknown(String clientMsgId) {
        return copy(attempts, true, clientMsgId);
    }

    private WxApiException copy(int attempts, boolean outcomeUnknown, String clientMsgId) {
        WxApiException copy = new WxApiException(errcode, errmsg, endpoint, httpStatus, transport, attempts,
                getCause(), outcomeUnknown, clientMsgId);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /**
     * WeChat's {@code errcode}; 0 when the failure was an HTTP status or a transport failure.
     *
     * @return the errcode, e.g. 40001
     */
    public int errcode() {
        return errcode;
    }

    /**
     * WeChat's {@code errmsg} as sent (masked), or a description of the HTTP/transport failure.
     *
     * @return the message, never null
     */
    public String errmsg() {
        return errmsg;
    }

    /**
     * The request id WeChat appends to errmsg ({@code rid: 65a1-…}); empty when there is none.
     *
     * @return the rid, or the empty string
     */
    public String rid() {
        return rid;
    }

    /**
     * Method and path of the call, e.g. {@code POST /cgi-bin/menu/create}; never a query string.
     *
     * @return the endpoint, never null
     */
    public String endpoint() {
        return endpoint;
    }

    /**
     * The HTTP status of WeChat's answer; 0 when there was no answer.
     *
     * @return the status, e.g. 200 with a WeChat errcode, 502, or 0
     */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * How many HTTP requests were made for this call, retries included.
     *
     * @return 1 or more
     */
    public int attempts() {
        return attempts;
    }

    /**
     * Whether WeChat may have carried out this call although it failed: the last attempt ended in an
     * HTTP 5xx, errcode {@code -1}, or a transport failure once the request may have been written,
     * and the request is not idempotent (so it was sent once) or is safe to repeat only through its
     * {@link #clientMsgId()} (and the attempts ran out). Sending it again may repeat its effect (a
     * second template message) unless it carries a {@link #clientMsgId()}. Always {@code false} for
     * a definite answer, and for reads and other idempotent requests, which may simply be repeated.
     *
     * @return true if repeating the call may repeat its effect
     */
    public boolean isOutcomeUnknown() {
        return outcomeUnknown;
    }

    /**
     * The dedup id of the failed request (template {@code client_msg_id}, mass {@code clientmsgid}):
     * when the outcome is unknown, sending the same request with the same id again is safe, because
     * WeChat carries out one call per id (a template message per openid and id within 10 minutes; a
     * mass send per id within 24 hours, answering 45065 to a repeat). Empty if the request had none.
     *
     * @return the id, or empty
     */
    public Optional<String> clientMsgId() {
        return Optional.ofNullable(clientMsgId);
    }

    /**
     * Whether WeChat could not be reached or gave no usable answer.
     *
     * @return true for a connect failure, timeout, reset or unusable answer; {@link #httpStatus()} is then 0
     */
    public boolean isTransportFailure() {
        return transport;
    }

    /**
     * Whether the failure is transient: errcode {@code -1} (system busy), an HTTP 5xx status, or a
     * transport failure. The pipeline has already retried these within its {@link RetryPolicy}.
     *
     * @return true for errcode -1, HTTP 5xx or a transport failure
     */
    public boolean isRetryable() {
        return errcode == -1 || httpStatus >= 500 || transport;
    }

    /**
     * Whether WeChat rejected the access token: errcode {@code 40001} (invalid credential),
     * {@code 40014} (invalid access_token) or {@code 42001} (access_token expired). The pipeline has
     * already invalidated the token and retried once.
     *
     * @return true for errcode 40001, 40014 or 42001
     */
    public boolean isTokenInvalid() {
        return errcode == 40001 || errcode == 40014 || errcode == 42001;
    }

    @Override
    public String getMessage() {
        StringBuilder sb = new StringBuilder(96);
        if (errcode != 0) {
            sb.append("errcode=").append(errcode).append(" errmsg=\"").append(errmsg).append('"');
            if (!rid.isEmpty()) {
                sb.append(" rid=").append(rid);
            }
        } else if (transport) {
            sb.append("transport failure: ").append(errmsg);
        } else {
            sb.append(errmsg);
        }
        sb.append(' ').append(endpoint).append(" (attempts=").append(attempts);
        if (outcomeUnknown) {
            sb.append(", outcome unknown: ").append(clientMsgId == null ? "no client_msg_id, a resend may repeat it"
                    : "retry with client_msg_id=" + printable(clientMsgId));
        }
        return sb.append(')').toString();
    }

    /** At most 64 characters (WeChat's limit for dedup ids) with control characters replaced. */
    private static String printable(String untrusted) {
        StringBuilder sb = new StringBuilder(Math.min(untrusted.length(), 65));
        for (int i = 0; i < untrusted.length() && i < 64; i++) {
            char c = untrusted.charAt(i);
            sb.append(Character.isISOControl(c) ? '?' : c);
        }
        return untrusted.length() > 64 ? sb.append('…').toString() : sb.toString();
    }

    private static String parseRid(String errmsg) {
        Matcher m = RID.matcher(errmsg);
        return m.find() ? m.group(1) : "";
    }
}
