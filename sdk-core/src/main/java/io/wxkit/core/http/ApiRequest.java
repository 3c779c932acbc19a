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

    /** A {@code GET} of {@code path} with the access token. */
    public static ApiRequest get(String path) {
        return new ApiRequest("GET", path, Map.of(), null, null, true, true, null);
    }

    /** A {@code POST} to {@code path} with the access token and no body yet. */
    public static ApiRequest post(String path) {
        return new ApiRequest("POST", path, Map.of(), null, null, true, false, null);
    }

    /** A copy with the query parameter {@code name=value} added (or replaced). */
    public ApiRequest query(String name, String value) {
        LinkedHashMap<String, String> q = new LinkedHashMap<>(query);
        q.put(name, value);
        return new ApiRequest(method, path, q, jsonBody, multipart, withToken, idempotent, clientMsgId);
    }

    /** A copy with all of {@code params} added as query parameters, in their iteration order. */
    public ApiRequest query(Map<String, String> params) {
        LinkedHashMap<String, String> q = new LinkedHashMap<>(query);
        q.putAll(params);
        return new ApiRequest(method, path, q, jsonBody, multipart, withToken, idempotent, clientMsgId);
    }

    /** A copy that sends {@code body} (a record, a map or a {@code JsonNode}) as JSON. */
    public ApiRequest json(Object body) {
        return new ApiRequest(method, path, query, Objects.requireNonNull(body, "body"), null, withToken, idempotent,
                clientMsgId);
    }

    /** A copy that sends {@code form} as {@code multipart/form-data}. */
    public ApiRequest multipart(Multipart form) {
        return new ApiRequest(method, path, query, null, Objects.requireNonNull(form, "form"), withToken, idempotent,
                clientMsgId);
    }

    /**
     * A copy without the access token, for endpoints that take none (the token endpoints) or take
     * another one (OAuth web tokens, passed as a query parameter).
     */
    public ApiRequest withoutToken() {
        return new ApiRequest(method, path, query, jsonBody, multipart, false, idempotent, clientMsgId);
    }

    /** A copy marked idempotent: a lost answer may be retried (a read, or a call WeChat dedups). */
    public ApiRequest asIdempotent() {
        return new ApiRequest(method, path, query, jsonBody, multipart, withToken, true, clientMsgId);
    }

    /**
     * A copy that carries {@code id}, the dedup id this request's body already holds (template
     * {@code client_msg_id}, mass {@code clientmsgid}): WeChat carries out one call per id, so the
     * copy is idempotent, and a failure whose outcome stays unknown reports the id
     * ({@link WxApiException#clientMsgId()}) for the caller to retry with.
     */
    public ApiRequest clientMsgId(String id) {
        Objects.requireNonNull(id, "id");
        return new ApiRequest(method, path, query, jsonBody, multipart, withToken, true, id);
    }

    /** Whether the body can be sent again (a one-shot stream cannot, so the call is not retried). */
    public boolean repeatable() {
        return multipart == null || multipart.repeatable();
    }

    /** {@code METHOD /path}: how the call is named in logs and exceptions. */
    public String endpoint() {
        return method + " " + path;
    }

    @Override
    public String toString() {
        return "ApiRequest[" + endpoint() + "]";
    }
}
