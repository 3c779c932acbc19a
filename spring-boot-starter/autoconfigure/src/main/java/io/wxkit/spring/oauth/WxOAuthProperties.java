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

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public List<String> getPaths() { return paths; }
    public void setPaths(List<String> paths) { this.paths = paths; }
    public List<String> getExcludePaths() { return excludePaths; }
    public void setExcludePaths(List<String> excludePaths) { this.excludePaths = excludePaths; }
    public OAuthScope getScope() { return scope; }
    public void setScope(OAuthScope scope) { this.scope = scope; }
    public String getCallbackPath() { return callbackPath; }
    public void setCallbackPath(String callbackPath) { this.callbackPath = callbackPath; }
    public String getLoginPath() { return loginPath; }
    public void setLoginPath(String loginPath) { this.loginPath = loginPath; }
    public String getAppId() { return appId; }
    public void setAppId(String appId) { this.appId = appId; }
    public String getPublicBaseUrl() { return publicBaseUrl; }
    public void setPublicBaseUrl(String publicBaseUrl) { this.publicBaseUrl = publicBaseUrl; }
    public Duration getStateTimeout() { return stateTimeout; }
    public void setStateTimeout(Duration stateTimeout) { this.stateTimeout = stateTimeout; }
}
