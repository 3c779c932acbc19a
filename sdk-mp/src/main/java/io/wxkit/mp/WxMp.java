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

    /**
     * A builder; {@code appId} and {@code secret} are required, everything else has a default.
     *
     * @return a new, empty builder; each {@link Builder#build()} makes an independent account object
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Custom menus: create, get, delete, conditional menus.
     *
     * <p>{@code mp.menu().create(Menu.of(Button.click("News", "NEWS")));}
     *
     * @return a stateless view over this account's pipeline; cheap, need not be cached
     */
    public MenuApi menu() {
        return new MenuApi(context.api());
    }

    /**
     * Template messages: send, industry, private templates.
     *
     * <p>{@code long msgId = mp.templates().send(TemplateMessage.to(openid, templateId).data("thing1", "Meeting at 3pm"));}
     *
     * @return a stateless view over this account's pipeline; cheap, need not be cached
     */
    public TemplateApi templates() {
        return new TemplateApi(context.api());
    }

    /**
     * Subscribe notifications (订阅通知): send, templates, categories, keywords.
     *
     * <p>{@code mp.subscriptions().send(SubscribeMessage.to(openid, templateId).data("thing1", "Order shipped"));}
     *
     * @return a stateless view over this account's pipeline; cheap, need not be cached
     */
    public SubscribeApi subscriptions() {
        return new SubscribeApi(context.api());
    }

    /**
     * Users: info, batch info, followers, remarks, blacklist.
     *
     * <p>{@code UserInfo user = mp.users().get(openid);}
     *
     * @return a stateless view over this account's pipeline; cheap, need not be cached
     */
    public UserApi users() {
        return new UserApi(context.api());
    }

    /**
     * User tags: create, list, update, delete, tag and untag users.
     *
     * <p>{@code Tag vip = mp.tags().create("VIP");}
     *
     * @return a stateless view over this account's pipeline; cheap, need not be cached
     */
    public TagApi tags() {
        return new TagApi(context.api());
    }

    /**
     * Customer service (客服): messages, typing, accounts, sessions.
     *
     * <p>{@code mp.kf().send(KfMessage.text(openid, "We are looking into it"));}
     *
     * @return a stateless view over this account's pipeline; cheap, need not be cached
     */
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
     * @return a new builder preset with this account's appId, token, EncodingAESKey and clock, whose
     *     late replies go out as customer-service messages; each call returns an independent builder
     * @throws IllegalStateException from {@code build()} if the account was built without a token
     */
    public CallbackBuilder callback() {
        return CallbackHandler.builder(context.appId(), context.token(), context.encodingAesKey())
                .clock(context.clock())
                .lateReplies(LateReplySender.customerService(kf()::send));
    }

    /**
     * Mass messages (群发): send to all, a tag or openids, preview, status, delete, speed.
     *
     * <p>{@code List<MassSendResult> sent = mp.mass().send(MassTarget.tag(vipTagId), MassMessage.text("Sale today"));}
     *
     * @return a stateless view over this account's pipeline; cheap, need not be cached
     */
    public MassApi mass() {
        return new MassApi(context.api());
    }

    /**
     * Account tools: quota reset, WeChat IPs, callback check, API quota and rid lookup.
     *
     * <p>{@code List<String> ips = mp.account().callbackIps();}
     *
     * @return a view over this account's pipeline, bound to its appId (for {@code clear_quota})
     */
    public AccountApi account() {
        return new AccountApi(context.api(), context.appId());
    }

    /**
     * Temporary media (临时素材): upload, download, article images ({@code uploadimg}).
     *
     * <p>{@code UploadedMedia image = mp.media().upload(MediaType.IMAGE, Path.of("cover.jpg"));}
     *
     * @return a stateless view over this account's pipeline; cheap, need not be cached
     */
    public MediaApi media() {
        return new MediaApi(context.api());
    }

    /**
     * Permanent materials (永久素材): add, get, download, list, count, delete.
     *
     * <p>{@code AddedMaterial cover = mp.materials().add(MediaType.IMAGE, Path.of("cover.jpg"));}
     *
     * @return a stateless view over this account's pipeline; cheap, need not be cached
     */
    public MaterialApi materials() {
        return new MaterialApi(context.api());
    }

    /**
     * The draft box (草稿箱): add, get, update, delete, count, list.
     *
     * <p>{@code String mediaId = mp.drafts().add(List.of(article));}
     *
     * @return a stateless view over this account's pipeline; cheap, need not be cached
     */
    public DraftApi drafts() {
        return new DraftApi(context.api());
    }

    /**
     * Publishing (发布): submit a draft, task status, published articles.
     *
     * <p>{@code PublishSubmission task = mp.freepublish().submit(draftMediaId);}
     *
     * @return a stateless view over this account's pipeline; cheap, need not be cached
     */
    public FreepublishApi freepublish() {
        return new FreepublishApi(context.api());
    }

    /**
     * Parametric QR codes and short keys.
     *
     * <p>{@code QrCodeTicket qr = mp.qrcodes().create(QrCodeRequest.temporary("invite-42", Duration.ofDays(7)));}
     *
     * @return a view over this account's pipeline whose {@code showUrl(..)} points at WeChat's
     *     {@code showqrcode} page (or the emulator's when {@code baseUrl} is set)
     */
    public QrCodeApi qrcodes() {
        return new QrCodeApi(context.api(),
                pagesBase == null ? QrCodeTicket.SHOW_QRCODE_URL : pagesBase + "cgi-bin/showqrcode?ticket=");
    }

    /**
     * OAuth 2.0 web authorization (网页授权): authorize URL, code exchange, refresh, userinfo.
     *
     * <p>{@code String url = mp.oauth().authorizeUrl("https://example.com/login", Scope.BASE, state);}
     *
     * @return a view bound to this account's appId and AppSecret, whose authorize URL points at
     *     {@code open.weixin.qq.com} (or the emulator's pages when {@code baseUrl} is set)
     */
    public OAuthApi oauth() {
        String authorize = pagesBase == null ? OAuthApi.defaultAuthorizeBase() : pagesBase + "connect/oauth2/authorize";
        return new OAuthApi(context.api(), context.appId(), context.secret(), authorize, context.clock());
    }

    /**
     * The JS-SDK: cached {@code jsapi_ticket} and {@code wx.config} signatures.
     *
     * <p>{@code JsSdkConfig config = mp.jssdk().config("https://example.com/page");}
     *
     * @return the account's one JS-SDK API: always the same instance, because it holds the
     *     single-flight state of the cached {@code jsapi_ticket}
     */
    public JsSdkApi jssdk() {
        return jssdk;
    }

    /**
     * Data statistics (分析统计): users, articles, messages, interface.
     *
     * <p>{@code List<UserSummary> days = mp.analytics().userSummary(DateRange.day(LocalDate.now().minusDays(1)));}
     *
     * @return a view over this account's pipeline and clock (the clock bounds the date ranges)
     */
    public AnalyticsApi analytics() {
        return new AnalyticsApi(context.api(), context.clock());
    }

    /**
     * Comments (留言) on published articles: open/close, list, elect, delete, reply.
     *
     * <p>{@code mp.comments().open(msgDataId, 0);}
     *
     * @return a stateless view over this account's pipeline; cheap, need not be cached
     */
    public CommentApi comments() {
        return new CommentApi(context.api());
    }

    /**
     * Calls to endpoints not typed yet, through the same pipeline.
     *
     * <p>{@code JsonNode info = mp.raw().get("cgi-bin/get_current_autoreply_info", Map.of());}
     *
     * @return a stateless view over this account's pipeline; cheap, need not be cached
     */
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

        /**
         * The account's appId ({@code wx...}); required.
         *
         * @param appId the appId shown on the WeChat admin site ({@code wx...}); checked
         *     for presence only, at {@link #build()}
         * @return this builder
         */
        public Builder appId(String appId) {
            this.appId = appId;
            return this;
        }

        /**
         * The AppSecret; required unless tokens come from {@link #externalTokens}. Never logged.
         *
         * @param secret the AppSecret; checked for presence (unless {@link #externalTokens} is set) at {@link #build()}
         * @return this builder
         */
        public Builder secret(String secret) {
            this.secret = secret;
            return this;
        }

        /**
         * The callback Token configured on the WeChat admin site; needed for callbacks only.
         *
         * @param token the Token (3–32 letters or digits on the admin site); must not be blank when set
         * @return this builder
         */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /**
         * The callback EncodingAESKey (43 characters); needed for compatible and safe mode callbacks.
         *
         * @param encodingAesKey the EncodingAESKey, exactly 43 characters (checked at {@link #build()})
         * @return this builder
         */
        public Builder encodingAesKey(String encodingAesKey) {
            this.encodingAesKey = encodingAesKey;
            return this;
        }

        /**
         * Where access tokens and tickets are cached (default: in memory; Redis for clusters).
         *
         * @param tokenStore the store of access tokens and {@code jsapi_ticket}s, keyed by appId; not null
         * @return this builder
         */
        public Builder tokenStore(TokenStore tokenStore) {
            this.tokenStore = Objects.requireNonNull(tokenStore, "tokenStore");
            return this;
        }

        /**
         * Where WeChat is (default {@code https://api.weixin.qq.com/} with its fallback hosts).
         *
         * @param baseUrl the root of WeChat's API (a trailing {@code /} is added when missing), e.g. a
         *     MockWebServer's or the emulator's URL; not null
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /**
         * The time source of token expiry and signatures (default: system UTC).
         *
         * @param clock the clock; not null
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The random source of nonces and retry jitter (default: a new {@link SecureRandom}).
         *
         * @param random the random source; not null
         * @return this builder
         */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * The OkHttp client to share (its pools are reused; timeouts set here apply on top).
         *
         * @param httpClient the client whose connection pool and dispatcher this account uses; not null.
         *     {@link WxMp#close()} leaves a client given here open
         * @return this builder
         */
        public Builder httpClient(OkHttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * Connect, read and write timeouts (default 5 s, 10 s, 10 s).
         *
         * @param connect the connect timeout; not null
         * @param read the read timeout; not null
         * @param write the write timeout; not null
         * @return this builder
         */
        public Builder timeouts(Duration connect, Duration read, Duration write) {
            this.connectTimeout = Objects.requireNonNull(connect, "connect");
            this.readTimeout = Objects.requireNonNull(read, "read");
            this.writeTimeout = Objects.requireNonNull(write, "write");
            return this;
        }

        /**
         * {@code STABLE} ({@code cgi-bin/stable_token}, the default) or {@code CLASSIC} ({@code cgi-bin/token}).
         *
         * @param mode {@code STABLE} or {@code CLASSIC}; not null
         * @return this builder
         * @throws IllegalArgumentException if {@code mode} is {@code EXTERNAL} (use {@link #externalTokens})
         */
        public Builder tokenMode(AccessTokenManager.Mode mode) {
            Objects.requireNonNull(mode, "mode");
            if (mode == AccessTokenManager.Mode.EXTERNAL) {
                throw new IllegalArgumentException("EXTERNAL mode is chosen by externalTokens(..)");
            }
            this.tokenMode = mode;
            return this;
        }

        /**
         * Takes access tokens from a central token service instead of asking WeChat; no secret needed.
         *
         * @param supplier called whenever a token is needed and the store holds none, on the calling
         *     thread; not null
         * @return this builder
         */
        public Builder externalTokens(Supplier<Credential> supplier) {
            this.externalTokens = Objects.requireNonNull(supplier, "supplier");
            return this;
        }

        /**
         * Observes every finished API call of this account, token fetches included (for metrics).
         *
         * @param listener called once per finished call, on the calling thread; not null
         * @return this builder
         */
        public Builder apiCallListener(ApiCallListener listener) {
            this.apiCallListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Which failures are retried and how long to wait (default: 3 attempts, 100 ms base, 2 s cap).
         *
         * @param retryPolicy the policy; not null
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Validates the options and builds the account object. Sends nothing.
         *
         * @return a new account object; sends nothing
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
