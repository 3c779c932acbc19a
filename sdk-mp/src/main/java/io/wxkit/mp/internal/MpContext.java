package io.wxkit.mp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.core.http.ApiClient;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.core.http.WxApiException;
import io.wxkit.core.json.Json;
import io.wxkit.core.token.AccessTokenManager;
import io.wxkit.core.token.TokenStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What every Official Account feature API of one {@code WxMp} shares: the account's identity and
 * secrets, the call pipeline, the access-token manager, the token store (for other cached
 * credentials such as {@code jsapi_ticket}), the clock and the random source. Built once by
 * {@code WxMp}; immutable and thread-safe. Not a public API: no compatibility promise.
 *
 * <p>{@link #toString()} never shows the secret, the callback token or the AES key.
 *
 * @param appId the account's appId
 * @param secret the AppSecret; null when tokens come from an external service
 * @param token the callback token; null when callbacks are not configured
 * @param encodingAesKey the callback EncodingAESKey (43 chars); null for plain-mode callbacks
 * @param api the call pipeline, with access tokens attached
 * @param tokens the access-token manager feeding {@code api}
 * @param tokenStore where credentials are cached (tokens, tickets)
 * @param clock the time source
 * @param random the random source
 */
public record MpContext(String appId, String secret, String token, String encodingAesKey, ApiClient api,
        AccessTokenManager tokens, TokenStore tokenStore, Clock clock, SecureRandom random) {

    /** @throws NullPointerException if a required part is missing */
    public MpContext {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(tokenStore, "tokenStore");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
    }

    /** The JSON codec of the pipeline. */
    public Json json() {
        return api.json();
    }

    /** Runs {@code request}, checking only WeChat's errcode. */
    public void execute(ApiRequest request) {
        api.call(request, Void.class);
    }

    /** Runs {@code request} and reads the answer as {@code type}. */
    public <T> T call(ApiRequest request, Class<T> type) {
        return api.call(request, type);
    }

    /**
     * Runs {@code request} and returns the text field {@code field} of the answer.
     *
     * @throws WxApiException if WeChat fails, or answers without the field
     */
    public String text(ApiRequest request, String field) {
        JsonNode value = api.call(request, JsonNode.class).get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            throw WxApiException.unusable("answer has no " + field, request.endpoint());
        }
        return value.asText();
    }

    /**
     * Runs {@code request} and converts every element of the array field {@code field} to
     * {@code type}; a missing field is an empty list (WeChat omits empty lists).
     *
     * @throws WxApiException if WeChat fails or an element does not fit {@code type}
     */
    public <T> List<T> list(ApiRequest request, String field, Class<T> type) {
        return elements(api.call(request, JsonNode.class).get(field), type, request);
    }

    /** Converts every element of {@code array} (null: none) to {@code type}. */
    public <T> List<T> elements(JsonNode array, Class<T> type, ApiRequest request) {
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw WxApiException.unusable("answer field is not a list", request.endpoint());
        }
        List<T> out = new ArrayList<>(array.size());
        try {
            array.forEach(element -> out.add(json().convert(element, type)));
        } catch (IllegalArgumentException e) {
            throw WxApiException.unusable("answer does not fit " + type.getSimpleName(), request.endpoint());
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "MpContext[appId=" + appId + ", secret=***, token=***, encodingAesKey=***]";
    }
}
