package io.wxkit.mp.internal;

import io.wxkit.core.http.ApiClient;
import io.wxkit.core.token.AccessTokenManager;
import io.wxkit.core.token.TokenStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

/**
 * What every Official Account feature API of one {@code WxMp} shares: the account's identity and
 * secrets, the call pipeline, the access-token manager, the token store (for other cached
 * credentials such as {@code jsapi_ticket}), the clock and the random source. Built once by
 * {@code WxMp}; immutable and thread-safe. Not a public API: no compatibility promise. The feature APIs
 * get only what they need from it (the pipeline, the appId, ...), never the context itself, so that no
 * public signature names an internal type; {@link MpCalls} holds the call helpers they share.
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

    @Override
    public String toString() {
        return "MpContext[appId=" + appId + ", secret=***, token=***, encodingAesKey=***]";
    }
}
