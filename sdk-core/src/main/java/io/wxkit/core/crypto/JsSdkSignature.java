package io.wxkit.core.crypto;

import java.util.Objects;

/**
 * The JS-SDK {@code wx.config} signature: lower-case hex SHA-1 of
 * {@code jsapi_ticket=...&noncestr=...&timestamp=...&url=...}, with the page URL cut at {@code #}.
 *
 * <pre>{@code
 * String sig = JsSdkSignature.sign(ticket, nonceStr, timestamp, "https://example.com/page?id=1#top");
 * }</pre>
 *
 * <p>Values are signed raw (no URL encoding), exactly as the JS-SDK doc's appendix 1. Stateless and
 * thread-safe.
 */
public final class JsSdkSignature {
    private JsSdkSignature() {
    }

    /**
     * Signs a page for {@code wx.config}; the fragment ({@code #...}) of {@code url} is removed first.
     *
     * @param jsapiTicket the {@code jsapi_ticket} of the account
     * @param nonceStr the {@code nonceStr} also passed to {@code wx.config}
     * @param timestamp the {@code timestamp} (Unix seconds, as a string) also passed to {@code wx.config}
     * @param url the full URL of the page calling {@code wx.config}, query string included
     * @return 40 lower-case hex characters, the {@code signature} of {@code wx.config}
     * @throws NullPointerException if an argument is null
     */
    public static String sign(String jsapiTicket, String nonceStr, String timestamp, String url) {
        Objects.requireNonNull(jsapiTicket, "jsapiTicket");
        Objects.requireNonNull(nonceStr, "nonceStr");
        Objects.requireNonNull(timestamp, "timestamp");
        return Sha1.get()
                .update("jsapi_ticket=").update(jsapiTicket)
                .update("&noncestr=").update(nonceStr)
                .update("&timestamp=").update(timestamp)
                .update("&url=").update(stripFragment(url))
                .finishHex();
    }

    /**
     * The URL as signed: everything before the first {@code #}.
     *
     * @param url the page URL
     * @return {@code url} without its fragment; {@code url} itself if it has none
     * @throws NullPointerException if {@code url} is null
     */
    public static String stripFragment(String url) {
        Objects.requireNonNull(url, "url");
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
