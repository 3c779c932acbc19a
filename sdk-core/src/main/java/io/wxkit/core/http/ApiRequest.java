package io.wxkit.core.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One call to a WeChat Official Account API, before the pipeline adds the access token: method,
 * path, query parameters and an optional JSON or multipart body.
 *
 * <pre>{@code
 * ApiRequest req = ApiRequest.get("cgi-bin/user/info").query("openid", openid).query("lang", "zh_CN");
 * UserInfo u = api.call(req, UserInfo.class);
 * }</pre>
 *
 * <p>Immutable: every {@code with}-style method returns a copy. {@code GET} requests are
 * idempotent; {@code POST} requests are not unless marked with {@link #asIdempotent()} or
 * {@link #clientMsgId(String)}. Idempotency decides whether an ambiguous failure (the request may
 * have been carried out: a transport failure after sending, HTTP 5xx, errcode {@code -1}) is retried;
 * a request that is not idempotent is sent at most once per call, see {@link RetryPolicy}.
 *
 * @param method {@code GET} or {@code POST}
 * @param path the path below the base URL, e.g. {@code /cgi-bin/menu/create}
 * @param query query parameters in order, without {@code access_token}
 * @param jsonBody the object sent as JSON, or {@code null}
 * @param multipart the multipart form sent, or {@code null}
 * @param withToken whether the pipeline attaches {@code access_token}
 * @param idempotent whether repeating the request after a lost answer is harmless
 * @param clientMsgId WeChat's dedup id sent in the body (template {@code client_msg_id}, mass
 *     {@code clientmsgid}), reported by a failure whose outcome is unknown; {@code null} if none
 */
public record ApiRequest(String method, String path, Map<String, String> query, Object jsonBody,
        Multipart multipart, boolean withToken, boolean idempotent, String clientMsgId) {

    /**
     * Validates the request and copies {@code query}, adding a leading {@code /} to {@code path} if missing.
     *
     * @param method {@code GET} or {@code POST}
     * @param path the path below the base URL, e.g. {@code /cgi-bin/menu/create}
     * @param query query parameters in order, without {@code access_token}
     * @param jsonBody the object sent as JSON, or {@code null}
     * @param multipart the multipart form sent, or {@code null}
     * @param withToken whether the pipeline attaches {@code access_token}
     * @param idempotent whether repeating the request after a lost answer is harmless
     * @param clientMsgId WeChat's dedup id sent in the body, or {@code null}
     * @throws NullPointerException if {@code method}, {@code path}, {@code query}, or a query name or value is null
     * @throws IllegalArgumentException if {@code method} is neither {@code GET} nor {@code POST}; {@code path} is
     *     blank or holds {@code ?} or {@code ://}; {@code query} holds {@code access_token} while {@code withToken};
     *     both bodies are given; a {@code GET} has a body; or {@code clientMsgId} is empty or set on a request that is
     *     not idempotent
     */
    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!method.equals("GET") && !method.equals("POST")) {
            throw new IllegalArgumentException("WeChat APIs use GET or POST: " + method);
        }
        if (path.isBlank() || path.contains("?") || path.contains("://")) {
            throw new IllegalArgumentException("path must be a plain path, query via query(..): " + path);
        }
        path = path.startsWith("/") ? path : "/" + path;
        LinkedHashMap<String, String> copy = new LinkedHashMap<>();
        query.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "query name"),
                Objects.requireNonNull(v, () -> "query value of " + k)));
        if (copy.containsKey("access_token") && withToken) {
            throw new IllegalArgumentException("access_token is attached by the pipeline; use withoutToken()"
                    + " for endpoints that take another token");
        }
        query = Collections.unmodifiableMap(copy);
        if (jsonBody != null && multipart != null) {
            throw new IllegalArgumentException("a request has a JSON body or a multipart body, not both");
        }
        if (method.equals("GET") && (jsonBody != null || multipart != null)) {
            throw new IllegalArgumentException("GET requests have no body");
        }
        if (clientMsgId != null && (clientMsgId.isEmpty() || !idempotent)) {
            throw new IllegalArgumentException("a clientMsgId is non-empty and makes the request idempotent");
        }
    }

    /**
     * A {@code GET} of {@code path} with the access token.
     *
     * @param path the path below the base URL, e.g. {@code cgi-bin/user/info}
     * @return an idempotent request without query parameters
     * @throws IllegalArgumentException if {@code path} is blank or holds {@code ?} or {@code ://}
     */
    public static ApiRequest get(String path) {
        return new ApiRequest("GET", path, Map.of(), null, null, true, true, null);
    }

    /**
     * A {@code POST} to {@code path} with the access token and no body yet.
     *
     * @param path the path below the base URL, e.g. {@code cgi-bin/menu/create}
     * @return a request that is not idempotent, without query parameters
     * @throws IllegalArgumentException if {@code path} is blank or holds {@code ?} or {@code ://}
     */
    public static ApiRequest post(String path) {
        return new ApiRequest("POST", path, Map.of(), null, null, true, false, null);
    }

    /**
     * A copy with the query parameter {@code name=value} added (or replaced).
     *
     * @param name the parameter name, sent URL-encoded
     * @param value the parameter value, sent URL-encoded
     * @return the copy
     * @throws NullPointerException if {@code name} or {@code value} is null
     * @throws IllegalArgumentException if {@code name} is {@code access_token} on a request with the token
     */
    public ApiRequest query(String name, String value) {
        LinkedHashMap<String, String> q = new LinkedHashMap<>(query);
        q.put(name, value);
        return new ApiRequest(method, path, q, jsonBody, multipart, withToken, idempotent, clientMsgId);
    }

    /**
     * A copy with all of {@code params} added as query parameters, in their iteration order.
     *
     * @param params the parameters; may be empty
     * @return the copy
     * @throws NullPointerException if a name or value is null
     * @throws IllegalArgumentException if {@code params} holds {@code access_token} on a request with the token
     */
    public ApiRequest query(Map<String, String> params) {
        LinkedHashMap<String, String> q = new LinkedHashMap<>(query);
        q.putAll(params);
        return new ApiRequest(method, path, q, jsonBody, multipart, withToken, idempotent, clientMsgId);
    }

    /**
     * A copy that sends {@code body} (a record, a map or a {@code JsonNode}) as JSON.
     *
     * @param body the body, written with the client's {@link io.wxkit.core.json.Json}
     * @return the copy, without a multipart body
     * @throws NullPointerException if {@code body} is null
     * @throws IllegalArgumentException if this is a {@code GET}
     */
    public ApiRequest json(Object body) {
        return new ApiRequest(method, path, query, Objects.requireNonNull(body, "body"), null, withToken, idempotent,
                clientMsgId);
    }

    /**
     * A copy that sends {@code form} as {@code multipart/form-data}.
     *
     * @param form the form
     * @return the copy, without a JSON body
     * @throws NullPointerException if {@code form} is null
     * @throws IllegalArgumentException if this is a {@code GET}
     */
    public ApiRequest multipart(Multipart form) {
        return new ApiRequest(method, path, query, null, Objects.requireNonNull(form, "form"), withToken, idempotent,
                clientMsgId);
    }

    /**
     * A copy without the access token, for endpoints that take none (the token endpoints) or take
     * another one (OAuth web tokens, passed as a query parameter).
     *
     * @return the copy
     */
    public ApiRequest withoutToken() {
        return new ApiRequest(method, path, query, jsonBody, multipart, false, idempotent, clientMsgId);
    }

    /**
     * A copy marked idempotent: a lost answer may be retried (a read, or a call WeChat dedups).
     *
     * @return the copy
     */
    public ApiRequest asIdempotent() {
        return new ApiRequest(method, path, query, jsonBody, multipart, withToken, true, clientMsgId);
    }

    /**
     * A copy that carries {@code id}, the dedup id this request's body already holds (template
     * {@code client_msg_id}, mass {@code clientmsgid}): WeChat carries out one call per id, so the
     * copy is idempotent, and a failure whose outcome stays unknown reports the id
     * ({@link WxApiException#clientMsgId()}) for the caller to retry with.
     *
     * @param id the dedup id, as sent in the body
     * @return the idempotent copy
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException if {@code id} is empty
     */
    public ApiRequest clientMsgId(String id) {
        Objects.requireNonNull(id, "id");
        return new ApiRequest(method, path, query, jsonBody, multipart, withToken, true, id);
    }

    /**
     * Whether the body can be sent again (a one-shot stream cannot, so the call is not retried).
     *
     * @return false only for a multipart body with a part from {@link Multipart#stream}
     */
    public boolean repeatable() {
        return multipart == null || multipart.repeatable();
    }

    /**
     * {@code METHOD /path}: how the call is named in logs and exceptions.
     *
     * @return e.g. {@code POST /cgi-bin/menu/create}; never the query string
     */
    public String endpoint() {
        return method + " " + path;
    }

    @Override
    public String toString() {
        return "ApiRequest[" + endpoint() + "]";
    }
}
