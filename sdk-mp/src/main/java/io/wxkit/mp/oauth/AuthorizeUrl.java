package io.wxkit.mp.oauth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Builds WeChat's web-authorization URL exactly as documented: parameters in the order appid,
 * redirect_uri (URL-encoded), response_type, scope, state, then {@code #wechat_redirect}.
 */
final class AuthorizeUrl {
    static final String DEFAULT_BASE = "https://open.weixin.qq.com/connect/oauth2/authorize";
    private static final Pattern STATE = Pattern.compile("[A-Za-z0-9]{1,128}");

    private AuthorizeUrl() {
    }

    static String build(String base, String appId, String redirectUri, Scope scope, String state) {
        OAuthToken.requireText(appId, "appId");
        OAuthToken.requireText(redirectUri, "redirectUri");
        Objects.requireNonNull(scope, "scope");
        if (state == null || !STATE.matcher(state).matches()) {
            throw new IllegalArgumentException("state must be 1-128 characters of a-zA-Z0-9 (bind it to the browser session)");
        }
        if (!redirectUri.startsWith("http://") && !redirectUri.startsWith("https://")) {
            throw new IllegalArgumentException("redirectUri must be an absolute http(s) URL");
        }
        return base + "?appid=" + appId
                + "&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8)
                + "&response_type=code&scope=" + scope.wireName()
                + "&state=" + state + "#wechat_redirect";
    }
}
