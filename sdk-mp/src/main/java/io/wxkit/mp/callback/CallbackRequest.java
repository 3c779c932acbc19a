package io.wxkit.mp.callback;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request WeChat sent to the Official Account's server URL (服务器地址): the method, the
 * query parameters ({@code signature}, {@code timestamp}, {@code nonce}, {@code echostr},
 * {@code encrypt_type}, {@code msg_signature}, {@code openid}) and the raw body.
 *
 * <p>Framework-free on purpose: a servlet, a Spring controller or a test builds one and hands it to
 * {@link CallbackHandler#handle}.
 *
 * <pre>{@code
 * CallbackResponse r = handler.handle(CallbackRequest.of("POST", queryParams, body));
 * }</pre>
 *
 * @param method the HTTP method, upper-cased ({@code GET} or {@code POST}; anything else is refused)
 * @param query  the decoded query parameters, first value of each name
 * @param body   the request body as text ({@code ""} for a GET)
 */
public record CallbackRequest(String method, Map<String, String> query, String body) {

    /**
     * Validates and copies: the method is upper-cased, a {@code null} body becomes {@code ""}.
     *
     * @param method the HTTP method, in any case; not null
     * @param query the decoded query parameters, first value of each name; not null
     * @param body the request body as text, or null for none
     * @throws NullPointerException if {@code method} or {@code query} is null, or {@code query} holds a
     *     null name or value
     */
    public CallbackRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(query, "query");
        method = method.toUpperCase(Locale.ROOT);
        query = Map.copyOf(query);
        body = body == null ? "" : body;
    }

    /**
     * A request as the web layer received it.
     *
     * @param method the HTTP method, in any case
     * @param query the decoded query parameters, first value of each name
     * @param body the request body as text, or null for none
     * @return the request
     * @throws NullPointerException if {@code method} or {@code query} is null, or {@code query}
     *     holds a null name or value
     */
    public static CallbackRequest of(String method, Map<String, String> query, String body) {
        return new CallbackRequest(method, query, body);
    }

    /**
     * The query parameter {@code name}, or {@code null} when WeChat did not send it.
     *
     * @param name the parameter's name, e.g. {@code msg_signature}
     * @return its value, or {@code null} when absent
     */
    public String param(String name) {
        return query.get(name);
    }

    /** Omits the query and body: they carry signatures and user content. */
    @Override
    public String toString() {
        return "CallbackRequest[" + method + ", " + body.length() + " chars]";
    }
}
