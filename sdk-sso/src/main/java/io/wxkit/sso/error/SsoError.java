package io.wxkit.sso.error;

/**
 * The stable error codes of the SSO broker, OAuth 2.0 style where OAuth has a name for it. The
 * {@link #code()} is what the HTTP answers carry in {@code "error"} (and what a redirect to a client carries
 * in its {@code error} query parameter); it never changes within a major version. The Java API throws them
 * inside an {@link SsoException}.
 *
 * <pre>{@code
 * catch (SsoException e) {
 *     if (e.error() == SsoError.ALREADY_BOUND) { ... }   // e.error().code() is "already_bound"
 * }
 * }</pre>
 */
public enum SsoError {
    /** A required parameter is missing or malformed (400). */
    INVALID_REQUEST("invalid_request", 400),
    /** Unknown client, wrong secret or disabled client (401). */
    INVALID_CLIENT("invalid_client", 401),
    /** The redirect URI is not one of the client's registered URIs, compared exactly (400). */
    INVALID_REDIRECT_URI("invalid_redirect_uri", 400),
    /** The OAuth {@code state} does not match the browser's cookie, expired, or was already used (400). */
    INVALID_STATE("invalid_state", 400),
    /** The ticket is unknown, already redeemed, or belongs to another client or redirect URI (400). */
    INVALID_TICKET("invalid_ticket", 400),
    /** The ticket was issued but its lifetime is over (400). */
    TICKET_EXPIRED("ticket_expired", 400),
    /** The user refused the WeChat authorization (redirected to the client as {@code error=access_denied}). */
    ACCESS_DENIED("access_denied", 403),
    /** Too many failed client authentications for this client or this IP (429). */
    RATE_LIMITED("rate_limited", 429),
    /** The openid or the account is already bound in this business system (409). */
    ALREADY_BOUND("already_bound", 409),
    /** The proof of account ownership was refused by the verifier (403). */
    PROOF_REJECTED("proof_rejected", 403),
    /** No such client, binding or session (404). */
    NOT_FOUND("not_found", 404),
    /** A registration with this client id exists (409). */
    CLIENT_EXISTS("client_exists", 409),
    /** WeChat or the business system's verifier could not be reached or answered badly (502). */
    UPSTREAM_ERROR("upstream_error", 502);

    private final String code;
    private final int httpStatus;

    SsoError(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /**
     * The wire code, lower case with underscores, e.g. {@code invalid_ticket}.
     *
     * @return the value of the {@code "error"} field of the broker's JSON answers; never null
     */
    public String code() {
        return code;
    }

    /**
     * The HTTP status the broker answers with for this error, e.g. {@code 409} for {@link #ALREADY_BOUND}.
     *
     * @return a 4xx or 5xx status code
     */
    public int httpStatus() {
        return httpStatus;
    }
}
