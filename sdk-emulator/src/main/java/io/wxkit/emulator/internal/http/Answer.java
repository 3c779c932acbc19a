package io.wxkit.emulator.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP answer of the emulator: status, content type, body and extra headers.
 *
 * <p>A JSON answer keeps its tree ({@link #json()}) so the router serialises it once; {@link #drop()} closes
 * the connection without any answer (the "drop" fault).
 */
public record Answer(int status, String contentType, byte[] body, Map<String, String> headers, Object json,
                     boolean dropped) {
    /**
     * The type the Official Account API ({@code api.weixin.qq.com}) labels its JSON with; note
     * {@code encoding=}, not {@code charset=} (a client reading the charset parameter falls back to UTF-8).
     */
    public static final String WECHAT_JSON = "application/json; encoding=utf-8";
    /** The type WeChat Pay's APIv3 labels every answer with, 204 and errors included (its signing guide). */
    public static final String PAY_JSON = "application/json; charset=utf-8";

    public Answer {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** A 200 JSON answer labelled {@link #WECHAT_JSON}. */
    public static Answer json(Object tree) {
        return json(200, tree);
    }

    /** A JSON answer with the given status. */
    public static Answer json(int status, Object tree) {
        return new Answer(status, WECHAT_JSON, null, Map.of(), tree, false);
    }

    /** An HTML page. */
    public static Answer html(String html) {
        return new Answer(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of(), null,
                false);
    }

    /** Raw bytes with a content type. */
    public static Answer bytes(int status, String contentType, byte[] body) {
        return new Answer(status, contentType, body, Map.of(), null, false);
    }

    /** A plain-text answer. */
    public static Answer text(int status, String text) {
        return bytes(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** A 302 redirect to {@code location}. */
    public static Answer redirect(String location) {
        return new Answer(302, "text/plain; charset=utf-8", new byte[0], Map.of("Location", location), null,
                false);
    }

    /** An answer with the given status and no body (204, for example). */
    public static Answer empty(int status) {
        return new Answer(status, null, new byte[0], Map.of(), null, false);
    }

    /** No answer at all: the connection is closed. */
    public static Answer drop() {
        return new Answer(0, null, new byte[0], Map.of(), null, true);
    }

    /** This answer with one more header. */
    public Answer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Answer(status, contentType, body, more, json, dropped);
    }

    /** This answer with another content type (null for none). */
    public Answer withContentType(String type) {
        return new Answer(status, type, body, headers, json, dropped);
    }

    /** This answer with its body replaced by already serialised bytes (used when a signature covers them). */
    public Answer withBody(byte[] serialised) {
        return new Answer(status, contentType, serialised, headers, null, dropped);
    }
}
