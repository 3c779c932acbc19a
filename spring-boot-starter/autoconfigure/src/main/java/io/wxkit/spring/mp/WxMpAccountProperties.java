package io.wxkit.spring.mp;

import io.wxkit.mp.callback.CallbackMode;
import java.time.Duration;

/**
 * One Official Account (公众号): its credentials, callback settings and HTTP options. Used for the single
 * account under {@code wxkit.mp.*} and for each {@code wxkit.mp.accounts.<name>.*}.
 */
public class WxMpAccountProperties {
    /** The account's AppID (开发者ID), starting with {@code wx}. */
    private String appId;
    /** The AppSecret (开发者密码); not needed with {@code token-mode=external}. Never logged. */
    private String secret;
    /** The callback Token (令牌) from the server settings page (服务器配置), 3 to 32 letters or digits. */
    private String token;
    /** The callback EncodingAESKey (消息加解密密钥), 43 characters; needed for compatible and safe mode. */
    private String encodingAesKey;
    /** The message encryption mode (消息加解密方式); default safe with an EncodingAESKey, plain without. */
    private CallbackMode callbackMode;
    /** Where WeChat pushes this account's messages and events (GET for the URL check, POST for messages). */
    private String callbackPath;
    /** How access tokens are obtained: stable ({@code cgi-bin/stable_token}), classic ({@code cgi-bin/token}) or external. */
    private TokenMode tokenMode = TokenMode.STABLE;
    /** API base URL, e.g. {@code https://api2.weixin.qq.com/} or the emulator; default {@code https://api.weixin.qq.com/} with its fallback hosts. */
    private String baseUrl;
    /** HTTP proxy for calls to WeChat. */
    private final Proxy proxy = new Proxy();
    /** Connect timeout of calls to WeChat. */
    private Duration connectTimeout = Duration.ofSeconds(5);
    /** Read timeout of calls to WeChat. */
    private Duration readTimeout = Duration.ofSeconds(10);
    /** Write timeout of calls to WeChat. */
    private Duration writeTimeout = Duration.ofSeconds(10);

    /** The three ways of getting an access token. */
    public enum TokenMode {
        /** {@code cgi-bin/stable_token}: does not invalidate tokens held by other services. */
        STABLE,
        /** {@code cgi-bin/token}: each fetch invalidates the previous token. */
        CLASSIC,
        /** Tokens come from a central token service: define a {@code WxExternalTokens} bean. */
        EXTERNAL
    }

    /** An HTTP proxy between the application and WeChat. */
    public static class Proxy {
        /** Proxy host; no proxy when empty. */
        private String host;
        /** Proxy port. */
        private int port = 8080;
        /** Proxy user name, for proxies that ask for Basic authentication. */
        private String username;
        /** Proxy password. Never logged. */
        private String password;

        public String getHost() { return host; }
        public void setHost(String host) { this.host = host; }
        public int getPort() { return port; }
        public void setPort(int port) { this.port = port; }
        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
    }

    public String getAppId() { return appId; }
    public void setAppId(String appId) { this.appId = appId; }
    public String getSecret() { return secret; }
    public void setSecret(String secret) { this.secret = secret; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getEncodingAesKey() { return encodingAesKey; }
    public void setEncodingAesKey(String encodingAesKey) { this.encodingAesKey = encodingAesKey; }
    public CallbackMode getCallbackMode() { return callbackMode; }
    public void setCallbackMode(CallbackMode callbackMode) { this.callbackMode = callbackMode; }
    public String getCallbackPath() { return callbackPath; }
    public void setCallbackPath(String callbackPath) { this.callbackPath = callbackPath; }
    public TokenMode getTokenMode() { return tokenMode; }
    public void setTokenMode(TokenMode tokenMode) { this.tokenMode = tokenMode; }
    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public Proxy getProxy() { return proxy; }
    public Duration getConnectTimeout() { return connectTimeout; }
    public void setConnectTimeout(Duration connectTimeout) { this.connectTimeout = connectTimeout; }
    public Duration getReadTimeout() { return readTimeout; }
    public void setReadTimeout(Duration readTimeout) { this.readTimeout = readTimeout; }
    public Duration getWriteTimeout() { return writeTimeout; }
    public void setWriteTimeout(Duration writeTimeout) { this.writeTimeout = writeTimeout; }
}
