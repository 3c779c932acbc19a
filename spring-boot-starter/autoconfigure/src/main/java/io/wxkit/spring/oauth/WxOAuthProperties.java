package io.wxkit.spring.oauth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code wxkit.mp.oauth.*}: WeChat web authorization (网页授权) for the application's H5 pages. A page whose
 * path matches {@link #getPaths()} and whose session has no WeChat user sends the browser to WeChat's
 * authorize page; the callback puts a {@link WxUserPrincipal} into the session and returns to the page.
 */
@ConfigurationProperties(prefix = "wxkit.mp.oauth")
public class WxOAuthProperties {
    /** Turns the login on (off by default: it redirects browsers, so an application asks for it). */
    private boolean enabled;
    /** Ant patterns of the pages that need the WeChat user, e.g. {@code /h5/**}; relative to the context path. */
    private List<String> paths = new ArrayList<>();
    /** Ant patterns inside {@link #paths} that do not need the user (public pages, static files). */
    private List<String> excludePaths = new ArrayList<>();
    /** {@code snsapi_base} (silent, openid only) or {@code snsapi_userinfo} (consent page, nickname and avatar). */
    private OAuthScope scope = OAuthScope.SNSAPI_BASE;
    /** Where WeChat sends the browser back with {@code code} and {@code state}. */
    private String callbackPath = "/wxkit/oauth/callback";
    /** A login link for pages with an optional user: {@code <login-path>?redirect=/relative/page}. */
    private String loginPath = "/wxkit/oauth/login";
    /** The appId of the account that authorizes users; needed only when several accounts are configured. */
    private String appId;
    /**
     * The public origin the browser sees, e.g. {@code https://h5.example.com}; the {@code redirect_uri} is this
     * plus the context path and {@link #callbackPath}. Unset, it is taken from the request (scheme, Host, port):
     * set it in production so a forged {@code Host} header cannot choose the {@code redirect_uri}.
     */
    private String publicBaseUrl;
    /** How long a started login (its {@code state}) stays valid; WeChat's codes live 5 minutes. */
    private Duration stateTimeout = Duration.ofMinutes(10);

    /** The two scopes of web authorization, spelt as in WeChat's docs. */
    public enum OAuthScope {
        /** {@code snsapi_base}: silent, openid (and unionid only when WeChat sends it). */
        SNSAPI_BASE,
        /** {@code snsapi_userinfo}: consent page; nickname and avatar from {@code /sns/userinfo}. */
        SNSAPI_USERINFO
    }

    /**
     * {@code wxkit.mp.oauth.enabled}: turns the login on. Default {@code false}: it redirects browsers to
     * WeChat, so an application asks for it.
     *
     * @return whether the login runs
     */
    public boolean isEnabled() { return enabled; }

    /**
     * Binds {@code wxkit.mp.oauth.enabled} (see {@link #isEnabled()}).
     *
     * @param enabled {@code true} to turn the login on
     */
    public void setEnabled(boolean enabled) { this.enabled = enabled; }

    /**
     * {@code wxkit.mp.oauth.paths}: Ant patterns of the pages that need the WeChat user, e.g. {@code /h5/**},
     * relative to the context path. A request to such a page whose session has no user is sent to WeChat's
     * authorize page. Empty by default: no page requires the user.
     *
     * @return the patterns (the bound list itself)
     */
    public List<String> getPaths() { return paths; }

    /**
     * Binds {@code wxkit.mp.oauth.paths} (see {@link #getPaths()}).
     *
     * @param paths the patterns
     */
    public void setPaths(List<String> paths) { this.paths = paths; }

    /**
     * {@code wxkit.mp.oauth.exclude-paths}: Ant patterns inside {@code paths} that do not need the user
     * (public pages, static files); empty by default.
     *
     * @return the patterns (the bound list itself)
     */
    public List<String> getExcludePaths() { return excludePaths; }

    /**
     * Binds {@code wxkit.mp.oauth.exclude-paths} (see {@link #getExcludePaths()}).
     *
     * @param excludePaths the patterns
     */
    public void setExcludePaths(List<String> excludePaths) { this.excludePaths = excludePaths; }

    /**
     * {@code wxkit.mp.oauth.scope}: {@code snsapi_base} (the default: silent, openid only) or {@code
     * snsapi_userinfo} (a consent page; adds nickname and avatar).
     *
     * @return the scope
     */
    public OAuthScope getScope() { return scope; }

    /**
     * Binds {@code wxkit.mp.oauth.scope} (see {@link #getScope()}).
     *
     * @param scope the scope
     */
    public void setScope(OAuthScope scope) { this.scope = scope; }

    /**
     * {@code wxkit.mp.oauth.callback-path}: where WeChat sends the browser back with {@code code} and {@code
     * state}, relative to the context path; a path starting with a single {@code /}, different from {@code
     * login-path}. Default {@code /wxkit/oauth/callback}.
     *
     * @return the callback path
     */
    public String getCallbackPath() { return callbackPath; }

    /**
     * Binds {@code wxkit.mp.oauth.callback-path} (see {@link #getCallbackPath()}).
     *
     * @param callbackPath the callback path
     */
    public void setCallbackPath(String callbackPath) { this.callbackPath = callbackPath; }

    /**
     * {@code wxkit.mp.oauth.login-path}: a login link for pages where the user is optional: {@code
     * <login-path>?redirect=/relative/page} signs the user in and returns to the page. A path starting with a
     * single {@code /}; default {@code /wxkit/oauth/login}.
     *
     * @return the login path
     */
    public String getLoginPath() { return loginPath; }

    /**
     * Binds {@code wxkit.mp.oauth.login-path} (see {@link #getLoginPath()}).
     *
     * @param loginPath the login path
     */
    public void setLoginPath(String loginPath) { this.loginPath = loginPath; }

    /**
     * {@code wxkit.mp.oauth.app-id}: the AppID of the Official Account that authorizes users; it must be a
     * configured account with a {@code secret}. Needed only when several accounts are configured; with one,
     * that one is used.
     *
     * @return the AppID, or {@code null} for the only account
     */
    public String getAppId() { return appId; }

    /**
     * Binds {@code wxkit.mp.oauth.app-id} (see {@link #getAppId()}).
     *
     * @param appId the AppID
     */
    public void setAppId(String appId) { this.appId = appId; }

    /**
     * {@code wxkit.mp.oauth.public-base-url}: the public {@code http(s)} origin the browser sees, e.g. {@code
     * https://h5.example.com}; the {@code redirect_uri} is this plus the context path and {@code
     * callback-path}. Unset, it is taken from the request (scheme, Host, port): set it in production so that a
     * forged {@code Host} header cannot choose the {@code redirect_uri}.
     *
     * @return the origin, or {@code null} to use the request's
     */
    public String getPublicBaseUrl() { return publicBaseUrl; }

    /**
     * Binds {@code wxkit.mp.oauth.public-base-url} (see {@link #getPublicBaseUrl()}).
     *
     * @param publicBaseUrl the origin
     */
    public void setPublicBaseUrl(String publicBaseUrl) { this.publicBaseUrl = publicBaseUrl; }

    /**
     * {@code wxkit.mp.oauth.state-timeout}: how long a started login (its {@code state}) stays valid;
     * positive, default 10 minutes. WeChat's codes live 5 minutes.
     *
     * @return the state lifetime
     */
    public Duration getStateTimeout() { return stateTimeout; }

    /**
     * Binds {@code wxkit.mp.oauth.state-timeout} (see {@link #getStateTimeout()}).
     *
     * @param stateTimeout the state lifetime, positive
     */
    public void setStateTimeout(Duration stateTimeout) { this.stateTimeout = stateTimeout; }
}
