package io.wxkit.mp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.core.http.ApiClient;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.core.http.WxApiException;
import io.wxkit.core.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The call helpers every Official Account feature API shares, over one account's call pipeline: run a request
 * and check WeChat's errcode, read the answer as a type, one text field or a list field. Immutable and
 * thread-safe. Not a public API: no compatibility promise.
 *
 * @param api the call pipeline, with access tokens attached
 */
public record MpCalls(ApiClient api) {

    /** @throws NullPointerException if {@code api} is null */
    public MpCalls {
        Objects.requireNonNull(api, "api");
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
}
