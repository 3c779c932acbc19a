package io.wxkit.mp;

import io.wxkit.core.http.ApiCallListener;
import io.wxkit.core.http.ApiClient;
import io.wxkit.core.http.RetryPolicy;
import io.wxkit.core.token.AccessTokenManager;
import io.wxkit.core.token.CaffeineTokenStore;
import io.wxkit.core.token.Credential;
import io.wxkit.core.token.TokenStore;
import io.wxkit.mp.account.AccountApi;
import io.wxkit.mp.analytics.AnalyticsApi;
import io.wxkit.mp.callback.CallbackBuilder;
import io.wxkit.mp.callback.CallbackHandler;
import io.wxkit.mp.callback.LateReplySender;
import io.wxkit.mp.comment.CommentApi;
import io.wxkit.mp.draft.DraftApi;
import io.wxkit.mp.freepublish.FreepublishApi;
import io.wxkit.mp.jssdk.JsSdkApi;
import io.wxkit.mp.material.MaterialApi;
import io.wxkit.mp.media.MediaApi;
import io.wxkit.mp.oauth.OAuthApi;
import io.wxkit.mp.qrcode.QrCodeApi;
import io.wxkit.mp.qrcode.QrCodeTicket;
import io.wxkit.mp.internal.MpContext;
import io.wxkit.mp.kf.KfApi;
import io.wxkit.mp.mass.MassApi;
import io.wxkit.mp.menu.MenuApi;
import io.wxkit.mp.raw.RawApi;
import io.wxkit.mp.subscribe.SubscribeApi;
import io.wxkit.mp.tag.TagApi;
import io.wxkit.mp.template.TemplateApi;
import io.wxkit.mp.user.UserApi;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * One WeChat Official Account (公众号): the entry object from which every typed API hangs as an
 * accessor ({@code mp.menu()}, {@code mp.templates()}, {@code mp.users()}, ...).
 *
 * <pre>{@code
 * WxMp mp = WxMp.builder().appId("wx...").secret(secret).build();
 * mp.menu().create(Menu.of(Button.click("News", "NEWS"), Button.view("Site", "https://example.com")));
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one per appId at startup and share it. Accessors are cheap
 * stateless views over one shared context (HTTP client, access-token manager, clock, random), so
 * calling {@code mp.menu()} per call costs nothing. Calls block the calling thread; they throw
 * {@link io.wxkit.core.http.WxApiException} (unchecked) when WeChat answers an errcode or cannot be
 * reached after the retry policy, and {@link IllegalArgumentException} when a request breaks one of
 * WeChat's documented limits (checked before sending). Nothing is sent at build time: the first
 * call fetches the access token ({@code cgi-bin/stable_token} by default).
 */
public final class WxMp implements AutoCloseable {
    private final MpContext context;
    private final JsSdkApi jssdk;
    /** The base URL of WeChat's browser pages when they are served elsewhere (emulator), else null. */
    private final String pagesBase;

    private WxMp(MpContext context, String pagesBase) {
        this.context = context;
        this.pagesBase = pagesBase;
        // one instance per account: the jsapi_ticket's single-flight state lives in it
        this.jssdk = new JsSdkApi(context.api(), context.appId(), context.tokenStore(), context.clock(), context.random());
    }

    /** A builder; {@code appId} and {@code secret} are required, everything else has a default. */
    public static Builder builder() {
        return new Builder();
    }

    /** Custom menus: create, get, delete, conditional menus. */
    public MenuApi menu() {
        return new MenuApi(context.api());
    }

    /** Template messages: send, industry, private templates. */
    public TemplateApi templates() {
        return new TemplateApi(context.api());
    }

    /** Subscribe notifications (订阅通知): send, templates, categories, keywords. */
    public SubscribeApi subscriptions() {
        return new SubscribeApi(context.api());
    }

    /** Users: info, batch info, followers, remarks, blacklist. */
    public UserApi users() {
        return new UserApi(context.api());
    }

    /** User tags: create, list, update, delete, tag and untag users. */
    public TagApi tags() {
        return new TagApi(context.api());
    }

    /** Customer service (客服): messages, typing, accounts, sessions. */
    public KfApi kf() {
        return new KfApi(context.api());
    }

    /**
     * The callback server (消息接收与被动回复): a builder of routing rules and interceptors whose
     * handler verifies, decrypts, dedupes and answers WeChat's pushes with this account's token and
     * EncodingAESKey; replies that miss the 5-second window go out through {@link #kf()}.
     *
     * <pre>{@code
     * CallbackHandler handler = mp.callback().onEvent(Subscribe.class, e -> Reply.text(e, "Welcome")).build();
     * }</pre>
     *
     * @throws IllegalStateException from {@code build()} if the account was built without a token
     */
    public CallbackBuilder callback() {
        return CallbackHandler.builder(context.appId(), context.token(), context.encodingAesKey())
                .clock(context.clock())
                .lateReplies(LateReplySender.customerService(kf()::send));
    }

    /** Mass messages (群发): send to all, a tag or openids, preview, status, delete, speed. */
    public MassApi mass() {
        return new MassApi(context.api());
    }

    /** Account tools: quota reset, WeChat IPs, callback check, API quota and rid lookup. */
    public AccountApi account() {
        return new AccountApi(context.api(), context.appId());
    }

    /** Temporary media (临时素材): upload, download, article images ({@code uploadimg}). */
    public MediaApi media() {
        return new MediaApi(context.api());
    }

    /** Permanent materials (永久素材): add, get, download, list, count, delete. */
    public MaterialApi materials() {
        return new MaterialApi(context.api());
    }

    /** The draft box (草稿箱): add, get, update, delete, count, list. */
    public DraftApi drafts() {
        return new DraftApi(context.api());
    }

    /** Publishing (发布): submit a draft, task status, published articles. */
    public FreepublishApi freepublish() {
        return new FreepublishApi(context.api());
    }

    /** Parametric QR codes and short keys. */
    public QrCodeApi qrcodes() {
        return new QrCodeApi(context.api(),
                pagesBase == null ? QrCodeTicket.SHOW_QRCODE_URL : pagesBase + "cgi-bin/showqrcode?ticket=");
    }

    /** OAuth 2.0 web authorization (网页授权): authorize URL, code exchange, refresh, userinfo. */
    public OAuthApi oauth() {
        String authorize = pagesBase == null ? OAuthApi.defaultAuthorizeBase() : pagesBase + "connect/oauth2/authorize";
        return new OAuthApi(context.api(), context.appId(), context.secret(), authorize, context.clock());
    }

    /** The JS-SDK: cached {@code jsapi_ticket} and {@code wx.config} signatures. */
    public JsSdkApi jssdk() {
        return jssdk;
    }

    /** Data statistics (分析统计): users, articles, messages, interface. */
    public AnalyticsApi analytics() {
        return new AnalyticsApi(context.api(), context.clock());
    }

    /** Comments (留言) on published articles: open/close, list, elect, delete, reply. */
    public CommentApi comments() {
        return new CommentApi(context.api());
    }

    /** Calls to endpoints not typed yet, through the same pipeline. */
    public RawApi raw() {
        return new RawApi(context.api());
    }

    /** The appId, for {@link WxMpRegistry}. */
    String appId() {
        return context.appId();
    }

    /** Releases the HTTP client's threads and connections if this object created the client; idempotent. */
    @Override
    public void close() {
        context.api().close();
    }

    @Override
    public String toString() {
        return "WxMp[" + context.appId() + "]";
    }

    /**
     * Options of a {@link WxMp}. Not thread-safe; {@link #build()} validates every option and may be
     * called more than once (each call builds an independent account object).
     */
    public static final class Builder {
        private String appId;
        private String secret;
        private String token;
        private String encodingAesKey;
        private TokenStore tokenStore;
        private String baseUrl;
        private ApiCallListener apiCallListener;
        private Clock clock = Clock.systemUTC();
        private SecureRandom random;
        private OkHttpClient httpClient;
        private Duration connectTimeout;
        private Duration readTimeout;
        private Duration writeTimeout;
        private AccessTokenManager.Mode tokenMode = AccessTokenManager.Mode.STABLE;
        private Supplier<Credential> externalTokens;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();

        private Builder() {
        }

        /** The account's appId ({@code wx...}); required. */
        public Builder appId(String appId) {
            this.appId = appId;
            return this;
        }

        /** The AppSecret; required unless tokens come from {@link #externalTokens}. Never logged. */
        public Builder secret(String secret) {
            this.secret = secret;
            return this;
        }

        /** The callback Token configured on the WeChat admin site; needed for callbacks only. */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /** The callback EncodingAESKey (43 characters); needed for compatible and safe mode callbacks. */
        public Builder encodingAesKey(String encodingAesKey) {
            this.encodingAesKey = encodingAesKey;
            return this;
        }

        /** Where access tokens and tickets are cached (default: in memory; Redis for clusters). */
        public Builder tokenStore(TokenStore tokenStore) {
            this.tokenStore = Objects.requireNonNull(tokenStore, "tokenStore");
            return this;
        }

        /** Where WeChat is (default {@code https://api.weixin.qq.com/} with its fallback hosts). */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /** The time source of token expiry and signatures (default: system UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The random source of nonces and retry jitter (default: a new {@link SecureRandom}). */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /** The OkHttp client to share (its pools are reused; timeouts set here apply on top). */
        public Builder httpClient(OkHttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /** Connect, read and write timeouts (default 5 s, 10 s, 10 s). */
        public Builder timeouts(Duration connect, Duration read, Duration write) {
            this.connectTimeout = Objects.requireNonNull(connect, "connect");
            this.readTimeout = Objects.requireNonNull(read, "read");
            this.writeTimeout = Objects.requireNonNull(write, "write");
            return this;
        }

        /** {@code STABLE} ({@code cgi-bin/stable_token}, the default) or {@code CLASSIC} ({@code cgi-bin/token}). */
        public Builder tokenMode(AccessTokenManager.Mode mode) {
            Objects.requireNonNull(mode, "mode");
            if (mode == AccessTokenManager.Mode.EXTERNAL) {
                throw new IllegalArgumentException("EXTERNAL mode is chosen by externalTokens(..)");
            }
            this.tokenMode = mode;
            return this;
        }

        /** Takes access tokens from a central token service instead of asking WeChat; no secret needed. */
        public Builder externalTokens(Supplier<Credential> supplier) {
            this.externalTokens = Objects.requireNonNull(supplier, "supplier");
            return this;
        }

        /** Observes every finished API call of this account, token fetches included (for metrics). */
        public Builder apiCallListener(ApiCallListener listener) {
            this.apiCallListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Which failures are retried and how long to wait (default: 3 attempts, 100 ms base, 2 s cap). */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Validates the options and builds the account object. Sends nothing.
         *
         * @throws IllegalStateException if appId is missing, secret is missing without external
         *     tokens, or the EncodingAESKey is not 43 characters
         */
        public WxMp build() {
            validate();
            SecureRandom rnd = random == null ? new SecureRandom() : random;
            TokenStore store = tokenStore == null ? CaffeineTokenStore.create() : tokenStore;
            ApiClient bare = apiClient(rnd);
            AccessTokenManager.Builder tb = AccessTokenManager.builder().appId(appId).apiClient(bare)
                    .tokenStore(store).clock(clock);
            if (externalTokens != null) {
                tb.external(externalTokens);
            } else {
                tb.secret(secret).mode(tokenMode);
            }
            AccessTokenManager tokens = tb.build();
            return new WxMp(new MpContext(appId, secret, token, encodingAesKey, bare.withTokens(tokens), tokens,
                    store, clock, rnd), baseUrl == null ? null : (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/"));
        }

        private ApiClient apiClient(SecureRandom rnd) {
            ApiClient.Builder b = ApiClient.builder().clock(clock).random(rnd).retryPolicy(retryPolicy);
            if (baseUrl != null) {
                b.baseUrl(baseUrl);
            }
            if (httpClient != null) {
                b.httpClient(httpClient);
            }
            if (apiCallListener != null) {
                b.listener(apiCallListener);
            }
            if (connectTimeout != null) {
                b.connectTimeout(connectTimeout).readTimeout(readTimeout).writeTimeout(writeTimeout);
            }
            return b.build();
        }


        private void validate() {
            if (blank(appId)) {
                throw new IllegalStateException("appId is required (WxMp.builder().appId(..))");
            }
            if (externalTokens == null && blank(secret)) {
                throw new IllegalStateException(
                        "secret is required (WxMp.builder().secret(..)) unless tokens come from externalTokens(..)");
            }
            if (encodingAesKey != null && encodingAesKey.length() != 43) {
                throw new IllegalStateException("encodingAesKey must be the 43 characters shown on the WeChat admin"
                        + " site (WxMp.builder().encodingAesKey(..)), got " + encodingAesKey.length());
            }
            if (token != null && blank(token)) {
                throw new IllegalStateException("token must not be blank (WxMp.builder().token(..))");
            }
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
