package io.wxkit.spring.mp;

import io.wxkit.mp.callback.CallbackMode;
import java.time.Duration;

/**
 * One Official Account (公众号): its credentials, callback settings and HTTP options. Used for the single
 * account under {@code wxkit.mp.*} and for each {@code wxkit.mp.accounts.<name>.*}; the property names below
 * are relative to that prefix ({@code app-id} is {@code wxkit.mp.app-id} or
 * {@code wxkit.mp.accounts.shop.app-id}).
 *
 * <p>Spring's binder fills an instance at startup; the accounts are validated and built once from it, so
 * changing a bound instance later has no effect. Not thread-safe, like any JavaBean.
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

        /**
         * {@code proxy.host}: the HTTP proxy's host name or address. Unset (the default), calls go straight to
         * WeChat and the other {@code proxy.*} settings are ignored.
         *
         * @return the proxy host, or {@code null} for no proxy
         */
        public String getHost() { return host; }

        /**
         * Binds {@code proxy.host} (see {@link #getHost()}).
         *
         * @param host the proxy host, or {@code null} for no proxy
         */
        public void setHost(String host) { this.host = host; }

        /**
         * {@code proxy.port}: the proxy's TCP port, 1 to 65535 (checked at startup when a host is set);
         * default 8080.
         *
         * @return the proxy port
         */
        public int getPort() { return port; }

        /**
         * Binds {@code proxy.port} (see {@link #getPort()}).
         *
         * @param port the proxy port, 1 to 65535
         */
        public void setPort(int port) { this.port = port; }

        /**
         * {@code proxy.username}: the user name sent with Basic authentication ({@code Proxy-Authorization})
         * when the proxy answers 407; unset, no credentials are sent. Refused credentials are not retried.
         *
         * @return the user name, or {@code null} for a proxy without authentication
         */
        public String getUsername() { return username; }

        /**
         * Binds {@code proxy.username} (see {@link #getUsername()}).
         *
         * @param username the user name, or {@code null}
         */
        public void setUsername(String username) { this.username = username; }

        /**
         * {@code proxy.password}: the password that goes with {@code proxy.username} (empty when unset). A
         * secret: never logged.
         *
         * @return the password, or {@code null}
         */
        public String getPassword() { return password; }

        /**
         * Binds {@code proxy.password} (see {@link #getPassword()}).
         *
         * @param password the password, or {@code null}
         */
        public void setPassword(String password) { this.password = password; }
    }

    /**
     * {@code app-id}: the account's AppID (开发者ID), starting with {@code wx}; required, and unique among the
     * configured accounts.
     *
     * @return the AppID, or {@code null} when not set
     */
    public String getAppId() { return appId; }

    /**
     * Binds {@code app-id} (see {@link #getAppId()}).
     *
     * @param appId the AppID
     */
    public void setAppId(String appId) { this.appId = appId; }

    /**
     * {@code secret}: the AppSecret (开发者密码) sent when an access token is fetched; required unless
     * {@code token-mode} is {@code external}. A secret: never logged, and no error message quotes it.
     *
     * @return the AppSecret, or {@code null} when not set
     */
    public String getSecret() { return secret; }

    /**
     * Binds {@code secret} (see {@link #getSecret()}).
     *
     * @param secret the AppSecret
     */
    public void setSecret(String secret) { this.secret = secret; }

    /**
     * {@code token}: the callback Token (令牌) entered on WeChat's server settings page (服务器配置), 3 to 32
     * letters or digits; it verifies every push. Unset, the account receives no pushes and gets no callback
     * route.
     *
     * @return the callback Token, or {@code null} for an account without callbacks
     */
    public String getToken() { return token; }

    /**
     * Binds {@code token} (see {@link #getToken()}).
     *
     * @param token the callback Token, 3 to 32 letters or digits
     */
    public void setToken(String token) { this.token = token; }

    /**
     * {@code encoding-aes-key}: the EncodingAESKey (消息加解密密钥), 43 letters or digits; required when
     * {@code callback-mode} is compatible or safe. A secret: never logged.
     *
     * @return the EncodingAESKey, or {@code null} when not set
     */
    public String getEncodingAesKey() { return encodingAesKey; }

    /**
     * Binds {@code encoding-aes-key} (see {@link #getEncodingAesKey()}).
     *
     * @param encodingAesKey the EncodingAESKey, 43 letters or digits
     */
    public void setEncodingAesKey(String encodingAesKey) { this.encodingAesKey = encodingAesKey; }

    /**
     * {@code callback-mode}: the message encryption mode (消息加解密方式) chosen on WeChat's server settings
     * page: {@code plain}, {@code compatible} or {@code safe}. Unset, the callback handler's default applies:
     * safe with an EncodingAESKey, plain without.
     *
     * @return the mode, or {@code null} for the default
     */
    public CallbackMode getCallbackMode() { return callbackMode; }

    /**
     * Binds {@code callback-mode} (see {@link #getCallbackMode()}).
     *
     * @param callbackMode the mode, or {@code null} for the default
     */
    public void setCallbackMode(CallbackMode callbackMode) { this.callbackMode = callbackMode; }

    /**
     * {@code callback-path}: the path, starting with {@code /}, where WeChat pushes this account's messages
     * and events (GET for the URL check, POST for pushes). Unset: {@code /wx/callback} for the account under
     * {@code wxkit.mp}, {@code /wx/callback/<name>} for {@code wxkit.mp.accounts.<name>}. Paths must differ
     * between accounts.
     *
     * @return the path, or {@code null} for the default
     */
    public String getCallbackPath() { return callbackPath; }

    /**
     * Binds {@code callback-path} (see {@link #getCallbackPath()}).
     *
     * @param callbackPath the path, starting with {@code /}
     */
    public void setCallbackPath(String callbackPath) { this.callbackPath = callbackPath; }

    /**
     * {@code token-mode}: how access tokens are obtained; default {@link TokenMode#STABLE}.
     *
     * @return the token mode
     */
    public TokenMode getTokenMode() { return tokenMode; }

    /**
     * Binds {@code token-mode} (see {@link #getTokenMode()}).
     *
     * @param tokenMode {@code stable}, {@code classic} or {@code external}
     */
    public void setTokenMode(TokenMode tokenMode) { this.tokenMode = tokenMode; }

    /**
     * {@code base-url}: the API base URL, for example {@code https://api2.weixin.qq.com/} or an emulator's
     * address in tests. Unset, {@code https://api.weixin.qq.com/} with WeChat's fallback hosts.
     *
     * @return the base URL, or {@code null} for WeChat's own hosts
     */
    public String getBaseUrl() { return baseUrl; }

    /**
     * Binds {@code base-url} (see {@link #getBaseUrl()}).
     *
     * @param baseUrl the base URL, or {@code null}
     */
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }

    /**
     * {@code proxy.*}: the HTTP proxy of this account's calls to WeChat; used only when {@code proxy.host} is
     * set. Bound in place, so it has no setter.
     *
     * @return the proxy settings, never {@code null}
     */
    public Proxy getProxy() { return proxy; }

    /**
     * {@code connect-timeout}: how long a call waits for the TCP (and TLS) connection to WeChat; default 5
     * seconds. Written as a {@code Duration} ({@code 5s}, {@code 500ms}).
     *
     * @return the connect timeout
     */
    public Duration getConnectTimeout() { return connectTimeout; }

    /**
     * Binds {@code connect-timeout} (see {@link #getConnectTimeout()}).
     *
     * @param connectTimeout the connect timeout
     */
    public void setConnectTimeout(Duration connectTimeout) { this.connectTimeout = connectTimeout; }

    /**
     * {@code read-timeout}: the longest wait for the next bytes of WeChat's answer; default 10 seconds.
     *
     * @return the read timeout
     */
    public Duration getReadTimeout() { return readTimeout; }

    /**
     * Binds {@code read-timeout} (see {@link #getReadTimeout()}).
     *
     * @param readTimeout the read timeout
     */
    public void setReadTimeout(Duration readTimeout) { this.readTimeout = readTimeout; }

    /**
     * {@code write-timeout}: the longest wait while sending a request body (an upload, for example); default
     * 10 seconds.
     *
     * @return the write timeout
     */
    public Duration getWriteTimeout() { return writeTimeout; }

    /**
     * Binds {@code write-timeout} (see {@link #getWriteTimeout()}).
     *
     * @param writeTimeout the write timeout
     */
    public void setWriteTimeout(Duration writeTimeout) { this.writeTimeout = writeTimeout; }
}
