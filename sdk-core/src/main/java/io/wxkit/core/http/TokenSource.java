package io.wxkit.core.http;

/**
 * Where the pipeline gets the {@code access_token} it attaches to each call, and where it reports
 * a token WeChat rejected. {@code io.wxkit.core.token.AccessTokenManager} is the implementation;
 * tests may pass a lambda-backed one. Implementations must be safe for concurrent use.
 */
public interface TokenSource {

    /**
     * A currently valid access token; may block while one is fetched.
     *
     * @return the token, never null or empty
     * @throws WxApiException if no token can be obtained
     */
    String accessToken();

    /**
     * Reports that WeChat rejected {@code staleToken} (errcode 40001/40014/42001), so that the next
     * {@link #accessToken()} returns a newer one. A token that was already replaced is ignored.
     *
     * @param staleToken the token WeChat rejected
     */
    void invalidate(String staleToken);
}
