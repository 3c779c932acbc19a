package io.wxkit.mp.raw;

import io.wxkit.core.http.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.mp.internal.MpCalls;
import java.util.Map;
import java.util.Objects;

/**
 * Calls to Official Account endpoints wxkit has not typed yet, through the same pipeline as the
 * typed APIs (access token attached, errcode checked, retries, masked logs).
 *
 * <pre>{@code
 * JsonNode answer = mp.raw().post("cgi-bin/shorturl", Map.of("action", "long2short", "long_url", url));
 * }</pre>
 *
 * <p>Stateless and thread-safe; obtain it from {@code mp.raw()}. Every call blocks and throws
 * {@link io.wxkit.core.http.WxApiException} when WeChat answers a non-zero errcode or cannot be
 * reached. POSTs are not retried after a lost answer (the pipeline cannot know they are safe to
 * repeat); GETs are.
 */
public final class RawApi {
    private final MpCalls context;

    /**
     * This API over {@code api}; users call {@code mp.raw()}, which passes its account's pipeline.
     *
     * @param api the account's call pipeline, with access tokens attached
     * @throws NullPointerException if {@code api} is null
     */
    public RawApi(ApiClient api) {
        this.context = new MpCalls(api);
    }

    /**
     * {@code GET path?access_token=..&query..}, the answer as a JSON tree.
     *
     * @param path the endpoint path, e.g. {@code cgi-bin/get_current_autoreply_info}
     * @param query extra query parameters (URL-encoded by the pipeline); empty for none
     * @return the answer's JSON, errcode 0 or absent
     */
    public JsonNode get(String path, Map<String, String> query) {
        return context.call(ApiRequest.get(path).query(query), JsonNode.class);
    }

    /**
     * {@code POST path?access_token=..} with {@code body} (a record, a map or a tree) as JSON.
     *
     * @param path the endpoint path, e.g. {@code cgi-bin/shorten/gen}
     * @param body what Jackson writes as the JSON body
     * @return the answer's JSON, errcode 0 or absent
     */
    public JsonNode post(String path, Object body) {
        return context.call(ApiRequest.post(path).json(body), JsonNode.class);
    }
}
