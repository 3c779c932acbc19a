package io.wxkit.mp.jssdk;

import java.util.Objects;

/**
 * What a page passes to {@code wx.config}: the account's appId, the signed timestamp and nonce,
 * and the JS-SDK signature of the page URL. Add your {@code jsApiList} on the page.
 *
 * <pre>{@code
 * JsSdkConfig cfg = mp.jssdk().config("https://example.com/vote?id=42");
 * model.put("wxConfig", cfg);   // appId, timestamp, nonceStr, signature
 * }</pre>
 *
 * <p>{@link #toString()} masks the signature.
 *
 * @param appId the Official Account's appId
 * @param timestamp seconds since the epoch, as signed
 * @param nonceStr the random string, as signed
 * @param signature lower-case hex SHA-1 over jsapi_ticket, noncestr, timestamp and url
 */
public record JsSdkConfig(String appId, long timestamp, String nonceStr, String signature) {
    /**
     * Checks that the strings are present.
     *
     * @param appId the Official Account's appId; not null
     * @param timestamp seconds since the epoch, as signed
     * @param nonceStr the random string, as signed; not null
     * @param signature the signature; not null
     * @throws NullPointerException if {@code appId}, {@code nonceStr} or {@code signature} is null
     */
    public JsSdkConfig {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(nonceStr, "nonceStr");
        Objects.requireNonNull(signature, "signature");
    }

    @Override
    public String toString() {
        return "JsSdkConfig[appId=" + appId + ", timestamp=" + timestamp + ", nonceStr=" + nonceStr + ", signature=***]";
    }
}
