package io.wxkit.spring.mp;

import io.wxkit.core.http.ApiCallListener;
import io.wxkit.core.token.AccessTokenManager;
import io.wxkit.core.token.TokenStore;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.callback.CallbackMode;
import io.wxkit.spring.WxPropertyException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;

/**
 * Turns {@code wxkit.mp.*} into validated {@link WxMp} objects. Every refusal names the property and
 * never its value.
 */
final class MpAccountFactory {
    static final String SINGLE_PREFIX = "wxkit.mp";
    static final String DEFAULT_CALLBACK_PATH = "/wx/callback";

    private final TokenStore tokenStore;
    private final WxExternalTokens externalTokens;
    private final ApiCallListener apiCallListener;

    /** With {@code apiCallListener} (may be null) observing every account's API calls, e.g. for metrics. */
    MpAccountFactory(TokenStore tokenStore, WxExternalTokens externalTokens, ApiCallListener apiCallListener) {
        this.tokenStore = tokenStore;
        this.externalTokens = externalTokens;
        this.apiCallListener = apiCallListener;
    }

    /** All configured accounts, the single one first; duplicate appIds and callback paths are refused. */
    List<MpAccount> create(WxMpProperties properties) {
        List<MpAccount> accounts = new ArrayList<>();
        if (properties.getAppId() != null) {
            accounts.add(account(SINGLE_PREFIX, properties, DEFAULT_CALLBACK_PATH));
        }
        properties.getAccounts().forEach((name, settings) -> accounts.add(
                account(SINGLE_PREFIX + ".accounts." + name, settings, DEFAULT_CALLBACK_PATH + "/" + name)));
        refuseDuplicates(accounts);
        return accounts;
    }

    private MpAccount account(String prefix, WxMpAccountProperties s, String defaultPath) {
        validate(prefix, s);
        String path = s.getCallbackPath() == null ? defaultPath : s.getCallbackPath();
        if (!path.startsWith("/")) {
            throw new WxPropertyException(prefix + ".callback-path", "must start with '/'");
        }
        WxMp.Builder b = WxMp.builder().appId(s.getAppId()).tokenStore(tokenStore)
                .timeouts(s.getConnectTimeout(), s.getReadTimeout(), s.getWriteTimeout());
        if (s.getToken() != null) {
            b.token(s.getToken());
        }
        if (s.getEncodingAesKey() != null) {
            b.encodingAesKey(s.getEncodingAesKey());
        }
        if (s.getBaseUrl() != null) {
            b.baseUrl(s.getBaseUrl());
        }
        if (s.getProxy().getHost() != null) {
            b.httpClient(proxied(s.getProxy()));
        }
        if (apiCallListener != null) {
            b.apiCallListener(apiCallListener);
        }
        switch (s.getTokenMode()) {
            case STABLE -> b.secret(s.getSecret()).tokenMode(AccessTokenManager.Mode.STABLE);
            case CLASSIC -> b.secret(s.getSecret()).tokenMode(AccessTokenManager.Mode.CLASSIC);
            case EXTERNAL -> {
                String appId = s.getAppId();
                b.externalTokens(() -> externalTokens.fetch(appId));
            }
        }
        return new MpAccount(prefix, s, path, b.build());
    }

    private void validate(String prefix, WxMpAccountProperties s) {
        if (s.getAppId() == null || s.getAppId().isBlank()) {
            throw new WxPropertyException(prefix + ".app-id", "is required");
        }
        if (s.getTokenMode() != WxMpAccountProperties.TokenMode.EXTERNAL && isBlank(s.getSecret())) {
            throw new WxPropertyException(prefix + ".secret", "is required unless token-mode is external");
        }
        if (s.getTokenMode() == WxMpAccountProperties.TokenMode.EXTERNAL && externalTokens == null) {
            throw new WxPropertyException(prefix + ".token-mode", "is external but no WxExternalTokens bean is defined");
        }
        if (s.getToken() != null && !s.getToken().matches("[A-Za-z0-9]{3,32}")) {
            throw new WxPropertyException(prefix + ".token", "must be 3 to 32 letters or digits");
        }
        if (s.getEncodingAesKey() != null && !s.getEncodingAesKey().matches("[A-Za-z0-9]{43}")) {
            throw new WxPropertyException(prefix + ".encoding-aes-key", "must be 43 letters or digits");
        }
        CallbackMode mode = s.getCallbackMode();
        if (mode != null && mode != CallbackMode.PLAIN && s.getEncodingAesKey() == null) {
            throw new WxPropertyException(prefix + ".encoding-aes-key", "is required with callback-mode " + mode);
        }
        if (s.getProxy().getHost() != null && (s.getProxy().getPort() < 1 || s.getProxy().getPort() > 65535)) {
            throw new WxPropertyException(prefix + ".proxy.port", "must be between 1 and 65535");
        }
    }

    private static void refuseDuplicates(List<MpAccount> accounts) {
        Map<String, String> appIds = new HashMap<>();
        Map<String, String> paths = new HashMap<>();
        for (MpAccount a : accounts) {
            String before = appIds.putIfAbsent(a.settings().getAppId(), a.prefix());
            if (before != null) {
                throw new WxPropertyException(a.prefix() + ".app-id", "repeats the appId of " + before + ".app-id");
            }
            String pathBefore = paths.putIfAbsent(a.callbackPath(), a.prefix());
            if (pathBefore != null) {
                throw new WxPropertyException(a.prefix() + ".callback-path",
                        "repeats the callback path of " + pathBefore);
            }
        }
    }

    private static OkHttpClient proxied(WxMpAccountProperties.Proxy proxy) {
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .proxy(new java.net.Proxy(java.net.Proxy.Type.HTTP, new InetSocketAddress(proxy.getHost(), proxy.getPort())));
        if (proxy.getUsername() != null) {
            String credential = Credentials.basic(proxy.getUsername(), proxy.getPassword() == null ? "" : proxy.getPassword());
            b.proxyAuthenticator((route, response) -> response.request().header("Proxy-Authorization") != null
                    ? null // the proxy refused these credentials: do not loop
                    : response.request().newBuilder().header("Proxy-Authorization", credential).build());
        }
        return b.build();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
