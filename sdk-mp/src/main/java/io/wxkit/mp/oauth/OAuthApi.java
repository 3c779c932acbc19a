package io.wxkit.mp.oauth;

import io.wxkit.core.http.ApiClient;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.core.http.WxApiException;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;

/**
 * OAuth 2.0 web authorization (网页授权) of an Official Account: the authorize URL, code → web
 * access token, refresh, {@code /sns/userinfo} and {@code /sns/auth}.
 *
 * <pre>{@code
 * String url = mp.oauth().authorizeUrl(redirectUri, Scope.USERINFO, state);
 * OAuthToken token = mp.oauth().exchangeCode(code);   // in the redirect handler
 * OAuthUser user = mp.oauth().userInfo(token, Lang.ZH_CN);
 * }</pre>
 *
 * <p>The web access token is per user and is not the account's {@code access_token}: these calls
 * carry appid/secret or the web token themselves and never touch the account's token cache. The
 * caller keeps {@link OAuthToken}s (e.g. in the user's session). Obtained from {@code WxMp.oauth()};
 * immutable and thread-safe; each call blocks on one HTTP exchange and throws
 * {@link WxApiException} when WeChat refuses (40029 invalid code, 40163 code used, 42002/40030
 * refresh token expired or invalid, ...).
 */
public final class OAuthApi {
    /** Errcodes of {@code /sns/auth} that mean "this token is not valid for this openid". */
    private static final Set<Integer> REJECTED = Set.of(40001, 40003, 40014, 42001);

    private final ApiClient api;
    private final String appId;
    private final String secret;
    private final String authorizeBase;
    private final Clock clock;

    /**
     * Binds web authorization to an account.
     *
     * @param api the account's {@link ApiClient}
     * @param appId the account's appId
     * @param secret the AppSecret, or {@code null} when the account is configured without one (code
     *     exchange and refresh then fail with {@link IllegalStateException})
     * @param authorizeBase the authorize page, normally
     *     {@code https://open.weixin.qq.com/connect/oauth2/authorize} (an emulator serves its own)
     * @param clock the clock that stamps token expiry
     */
    public OAuthApi(ApiClient api, String appId, String secret, String authorizeBase, Clock clock) {
        this.api = Objects.requireNonNull(api, "api");
        this.appId = OAuthToken.requireText(appId, "appId");
        this.secret = secret;
        this.authorizeBase = OAuthToken.requireText(authorizeBase, "authorizeBase");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * WeChat's authorize page on {@code open.weixin.qq.com}.
     *
     * @return {@code https://open.weixin.qq.com/connect/oauth2/authorize}
     */
    public static String defaultAuthorizeBase() {
        return AuthorizeUrl.DEFAULT_BASE;
    }

    /**
     * The URL to send the user's browser to: {@code ...authorize?appid=..&redirect_uri=<encoded>
     * &response_type=code&scope=..&state=..#wechat_redirect}. No call is made.
     *
     * @param redirectUri absolute http(s) URL on the domain configured for web authorization
     * @param scope {@link Scope#BASE} (silent) or {@link Scope#USERINFO} (consent page)
     * @param state 1..128 characters of {@code a-zA-Z0-9}, bound to the browser session against CSRF
     * @return the URL; the user returns to {@code redirectUri} with {@code code} and the same {@code state}
     * @throws IllegalArgumentException if an argument breaks these rules
     */
    public String authorizeUrl(String redirectUri, Scope scope, String state) {
        return AuthorizeUrl.build(authorizeBase, appId, redirectUri, scope, state);
    }

    /**
     * Exchanges the {@code code} of the redirect for a web access token
     * ({@code GET /sns/oauth2/access_token}). A code is single-use and lives 5 minutes.
     *
     * @param code the {@code code} query parameter of the redirect; not blank
     * @return the user's web access token, refresh token, openid and scope, expiring {@code expires_in}
     *     seconds after receipt by this object's clock
     * @throws WxApiException 40029 (invalid code), 40163 (code already used), ...
     * @throws IllegalStateException if the account has no AppSecret configured
     * @throws IllegalArgumentException if {@code code} is null or blank
     */
    public OAuthToken exchangeCode(String code) {
        OAuthToken.requireText(code, "code");
        ApiRequest req = ApiRequest.get("/sns/oauth2/access_token").withoutToken()
                .query("appid", appId).query("secret", requireSecret())
                .query("code", code).query("grant_type", "authorization_code");
        return api.call(req, OAuthTokenResponse.class).toToken(clock.instant());
    }

    /**
     * Renews a web access token with its refresh token ({@code GET /sns/oauth2/refresh_token}).
     *
     * @param refreshToken {@link OAuthToken#refreshToken()} of an earlier token; not blank
     * @return the renewed token, with the {@code refresh_token} WeChat answers
     * @throws WxApiException 42002 (refresh token expired), 40030 (invalid refresh token), ...
     * @throws IllegalArgumentException if {@code refreshToken} is null or blank
     */
    public OAuthToken refresh(String refreshToken) {
        OAuthToken.requireText(refreshToken, "refreshToken");
        ApiRequest req = ApiRequest.get("/sns/oauth2/refresh_token").withoutToken()
                .query("appid", appId).query("grant_type", "refresh_token").query("refresh_token", refreshToken);
        return api.call(req, OAuthTokenResponse.class).toToken(clock.instant());
    }

    /**
     * The user's profile ({@code GET /sns/userinfo}); needs a {@link Scope#USERINFO} token.
     *
     * @param token a token of scope {@link Scope#USERINFO}; not null
     * @param lang the language of {@code country}, {@code province} and {@code city}; not null
     * @return the profile
     * @throws IllegalArgumentException if {@code token} only has {@link Scope#BASE}
     * @throws WxApiException if WeChat refuses (e.g. 48001 for a snapshot-page user)
     * @throws NullPointerException if an argument is null
     */
    public OAuthUser userInfo(OAuthToken token, Lang lang) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(lang, "lang");
        if (token.scope() != Scope.USERINFO) {
            throw new IllegalArgumentException("/sns/userinfo needs a snsapi_userinfo token, this one is " + token.scope().wireName());
        }
        ApiRequest req = ApiRequest.get("/sns/userinfo").withoutToken()
                .query("access_token", token.accessToken()).query("openid", token.openid()).query("lang", lang.wireName());
        return api.call(req, OAuthUser.class);
    }

    /**
     * Whether WeChat still accepts {@code token} for its openid ({@code GET /sns/auth}).
     *
     * @param token the token to check; not null
     * @return {@code true} on {@code errcode 0}; {@code false} when WeChat rejects the token or
     *     openid (40001, 40003, 40014, 42001)
     * @throws WxApiException for any other failure (WeChat unreachable, quota, ...)
     * @throws NullPointerException if {@code token} is null
     */
    public boolean validate(OAuthToken token) {
        Objects.requireNonNull(token, "token");
        ApiRequest req = ApiRequest.get("/sns/auth").withoutToken()
                .query("access_token", token.accessToken()).query("openid", token.openid());
        try {
            api.call(req, Void.class);
            return true;
        } catch (WxApiException e) {
            if (REJECTED.contains(e.errcode())) {
                return false;
            }
            throw e;
        }
    }

    private String requireSecret() {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalStateException("exchanging an OAuth code needs the AppSecret (WxMp.builder().secret(..))");
        }
        return secret;
    }

    @Override
    public String toString() {
        return "OAuthApi[" + appId + "]";
    }
}
