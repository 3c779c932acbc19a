package io.wxkit.core.token;

import io.wxkit.core.internal.token.CredentialCache;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.core.http.ApiClient;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.core.http.TokenSource;
import io.wxkit.core.http.WxApiException;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The Official Account's {@code access_token}: served from a {@link TokenStore}, fetched
 * single-flight from {@code POST /cgi-bin/stable_token} (default), {@code GET /cgi-bin/token}, or a
 * central token service, and refreshed ahead of expiry.
 *
 * <pre>{@code
 * AccessTokenManager tokens = AccessTokenManager.builder().appId("wx...").secret(secret).apiClient(api).build();
 * String token = tokens.token();
 * }</pre>
 *
 * <p>Thread-safe; build one per appId and share it (usually inside {@code WxMp}). Fetches go
 * through the {@link ApiClient} pipeline without the token stage, so the secret is masked in logs
 * and failures are {@link WxApiException}s that were already retried.
 */
public final class AccessTokenManager implements TokenSource {

    /** Where tokens come from. */
    public enum Mode {
        /**
         * {@code POST /cgi-bin/stable_token}: repeated calls return the same token, so several
         * services sharing an appId do not invalidate each other's tokens. The default.
         */
        STABLE,
        /** {@code GET /cgi-bin/token}: every fetch replaces the previous token (5 min overlap). */
        CLASSIC,
        /** A user-supplied function (a central token service); wxkit never asks WeChat for tokens. */
        EXTERNAL
    }

    /** Lock time-to-live when the fetch time is the external supplier's, unknown to wxkit. */
    static final Duration EXTERNAL_LOCK_TTL = Duration.ofSeconds(60);
    /** Lock time-to-live when the HTTP client has a timeout switched off (0), so a fetch has no bound. */
    static final Duration UNBOUNDED_LOCK_TTL = Duration.ofMinutes(5);
    /** Added to the fetch's worst case: the store's own commands (put, release) and clock skew. */
    static final Duration LOCK_MARGIN = Duration.ofSeconds(5);

    private final String appId;
    private final String secret;
    private final Mode mode;
    private final Supplier<Credential> external;
    private final ApiClient api;
    private final Clock clock;
    private final CredentialCache cache;

    private AccessTokenManager(Builder b, ApiClient api) {
        this.appId = b.appId;
        this.secret = b.secret;
        this.mode = b.mode;
        this.external = b.external;
        this.api = api;
        this.clock = b.clock;
        CredentialCache.Builder cb = CredentialCache.builder(storeKey(appId), this::fetch)
                .clock(b.clock).refreshAhead(b.refreshAhead).waitTimeout(b.waitTimeout).lockTtl(lockTtl(b, api));
        if (b.store != null) {
            cb.store(b.store);
        }
        if (b.executor != null) {
            cb.executor(b.executor);
        }
        this.cache = cb.build();
    }

    /**
     * A builder; {@code appId} is required, and {@code secret} unless the mode is EXTERNAL.
     *
     * @return a new builder: mode STABLE, 3 min refresh-ahead, 30 s wait timeout, an in-memory store
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The {@link TokenStore} key of an appId's access token: {@code <appId>:access_token} (the store
     * adds its own prefix, e.g. {@code wxkit:token:{wx123:access_token}} in Redis).
     *
     * @param appId the account's appId
     * @return {@code appId + ":access_token"}
     */
    public static String storeKey(String appId) {
        return appId + ":access_token";
    }

    /**
     * The refresh lock's time-to-live: the one set on the builder, else longer than the worst case of
     * the fetch it guards, two token requests (a non-forced one and, if WeChat hands back the token it
     * rejected, a forced one), each with the client's timeouts and retries, plus a margin for the store.
     */
    static Duration lockTtl(Builder b, ApiClient api) {
        if (b.lockTtl != null) {
            return b.lockTtl;
        }
        if (api == null) {
            return EXTERNAL_LOCK_TTL;
        }
        return api.maxCallDuration().map(call -> call.multipliedBy(2).plus(LOCK_MARGIN)).orElse(UNBOUNDED_LOCK_TTL);
    }

    /**
     * A valid {@code access_token} for this appId.
     *
     * <p>While the stored token is valid this returns at once without I/O. Within the refresh-ahead
     * margin before expiry (default 3 min) the first caller starts one background refresh and every
     * caller still receives the current token at once. When the token is missing or expired, the
     * fetch is <em>single-flight</em>: exactly one request goes to WeChat per appId however many
     * threads call, and with a distributed {@link TokenStore} however many JVMs; every waiting caller
     * receives the same token or the same exception. A waiting caller blocks for at most
     * {@code waitTimeout} (default 30 s); the fetching caller is bounded by its {@link ApiClient}'s
     * timeouts and retry policy. The token's lifetime is WeChat's {@code expires_in}.
     *
     * @return the token, never {@code null} or empty
     * @throws WxApiException if WeChat refuses (e.g. errcode 40013 invalid appid, 40125 invalid
     *     secret, 40164 IP not whitelisted) or cannot be reached after retries, or if waiting for
     *     another caller's fetch timed out ({@link WxApiException#isTransportFailure()} is then true)
     * @throws RuntimeException whatever the external supplier throws, in EXTERNAL mode
     */
    public String token() {
        return cache.get();
    }

    /** Same as {@link #token()}: what the pipeline attaches as {@code access_token}. */
    @Override
    public String accessToken() {
        return token();
    }

    /**
     * Reports that WeChat rejected {@code staleToken} (40001/40014/42001). A token that was already
     * replaced (here or by another JVM sharing the store) is ignored, so the next {@link #token()}
     * returns the newer one without a request. Otherwise it is never served again and the next
     * {@link #token()} replaces it with one request across everyone sharing the store: a normal
     * {@code stable_token} call (it returns the token another service already refreshed), followed
     * by {@code force_refresh=true} only if WeChat hands back the very token it rejected, at most once
     * per 30 s and 20 times a day across all users of the store.
     */
    @Override
    public void invalidate(String staleToken) {
        cache.invalidate(staleToken);
    }

    private Credential fetch(boolean forceRefresh) {
        return switch (mode) {
            case STABLE -> fromAnswer(api.call(stableRequest(forceRefresh), JsonNode.class), "POST /cgi-bin/stable_token");
            case CLASSIC -> fromAnswer(api.call(ApiRequest.get("cgi-bin/token").withoutToken()
                    .query("grant_type", "client_credential").query("appid", appId).query("secret", secret),
                    JsonNode.class), "GET /cgi-bin/token");
            case EXTERNAL -> Objects.requireNonNull(external.get(), "the external token supplier returned null");
        };
    }

    private ApiRequest stableRequest(boolean forceRefresh) {
        ObjectNode body = api.json().object()
                .put("grant_type", "client_credential")
                .put("appid", appId)
                .put("secret", secret)
                .put("force_refresh", forceRefresh);
        ApiRequest request = ApiRequest.post("cgi-bin/stable_token").withoutToken().json(body);
        // repeating a lost non-forced call is harmless; a forced one would spend the daily budget twice
        return forceRefresh ? request : request.asIdempotent();
    }

    private Credential fromAnswer(JsonNode answer, String endpoint) {
        String token = answer.path("access_token").asText("");
        long expiresIn = answer.path("expires_in").asLong(0);
        if (token.isEmpty() || expiresIn <= 0) {
            throw WxApiException.unusable("answer has no access_token/expires_in", endpoint);
        }
        return new Credential(token, clock.instant().plusSeconds(expiresIn));
    }

    @Override
    public String toString() {
        return "AccessTokenManager[" + appId + ", " + mode + "]";
    }

    /** Options of an {@link AccessTokenManager}. Not thread-safe; {@link #build()} validates. */
    public static final class Builder {
        private String appId;
        private String secret;
        private Mode mode = Mode.STABLE;
        private Supplier<Credential> external;
        private ApiClient apiClient;
        private TokenStore store;
        private Clock clock = Clock.systemUTC();
        private Duration refreshAhead = Duration.ofMinutes(3);
        private Duration waitTimeout = Duration.ofSeconds(30);
        private Duration lockTtl;
        private Executor executor;

        private Builder() {}

        /**
         * The Official Account's appId ({@code appid} of the token request, e.g. {@code wx1234567890abcdef}); required.
         *
         * @param appId the appId
         * @return this builder
         * @throws NullPointerException if {@code appId} is null
         */
        public Builder appId(String appId) {
            this.appId = Objects.requireNonNull(appId, "appId");
            return this;
        }

        /**
         * The AppSecret ({@code secret} of the token request); required unless the mode is EXTERNAL. Never logged.
         *
         * @param secret the AppSecret
         * @return this builder
         * @throws NullPointerException if {@code secret} is null
         */
        public Builder secret(String secret) {
            this.secret = Objects.requireNonNull(secret, "secret");
            return this;
        }

        /**
         * STABLE (default) or CLASSIC; EXTERNAL is chosen by {@link #external(Supplier)}.
         *
         * @param mode the mode; EXTERNAL also needs {@link #external(Supplier)}, or {@link #build()} fails
         * @return this builder
         * @throws NullPointerException if {@code mode} is null
         */
        public Builder mode(Mode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Takes tokens from {@code supplier} (a central token service) instead of WeChat.
         *
         * @param supplier called on the fetching thread, single-flight like a WeChat fetch; returns a token and its
         *     expiry
         * @return this builder, now in EXTERNAL mode
         * @throws NullPointerException if {@code supplier} is null
         */
        public Builder external(Supplier<Credential> supplier) {
            this.external = Objects.requireNonNull(supplier, "supplier");
            this.mode = Mode.EXTERNAL;
            return this;
        }

        /**
         * The pipeline used to fetch tokens (default: a new {@code ApiClient} for WeChat's hosts).
         *
         * @param apiClient a client without tokens, as {@link ApiClient.Builder#build()} returns
         * @return this builder
         * @throws NullPointerException if {@code apiClient} is null
         */
        public Builder apiClient(ApiClient apiClient) {
            this.apiClient = Objects.requireNonNull(apiClient, "apiClient");
            return this;
        }

        /**
         * Where tokens and the refresh lock live (default: a new {@link CaffeineTokenStore}).
         *
         * @param store the store; a distributed one shares tokens and the refresh lock across JVMs
         * @return this builder
         * @throws NullPointerException if {@code store} is null
         */
        public Builder tokenStore(TokenStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * The clock expiry and refresh-ahead are read from (default system UTC).
         *
         * @param clock the clock
         * @return this builder
         * @throws NullPointerException if {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How long before expiry a background refresh starts (default 3 min, below WeChat's 5).
         *
         * @param margin zero or positive; zero refreshes only once the token has expired
         * @return this builder
         * @throws NullPointerException if {@code margin} is null
         * @throws IllegalArgumentException if {@code margin} is negative (thrown by {@link #build()})
         */
        public Builder refreshAhead(Duration margin) {
            this.refreshAhead = Objects.requireNonNull(margin, "refreshAhead");
            return this;
        }

        /**
         * The longest a caller waits for another caller's fetch (default 30 s).
         *
         * @param timeout positive
         * @return this builder
         * @throws NullPointerException if {@code timeout} is null
         * @throws IllegalArgumentException if {@code timeout} is not positive (thrown by {@link #build()})
         */
        public Builder waitTimeout(Duration timeout) {
            this.waitTimeout = Objects.requireNonNull(timeout, "waitTimeout");
            return this;
        }

        /**
         * How long a fetching JVM's lock lasts if it dies. The default is derived from the
         * {@link ApiClient}'s timeouts and retries ({@link ApiClient#maxCallDuration()} × 2 + 5 s: a
         * non-forced and a forced request), so that it outlasts any fetch; a shorter value lets a
         * second JVM fetch while the first is still waiting for WeChat. 60 s in EXTERNAL mode.
         *
         * @param ttl positive
         * @return this builder
         * @throws NullPointerException if {@code ttl} is null
         * @throws IllegalArgumentException if {@code ttl} is not positive (thrown by {@link #build()})
         */
        public Builder lockTtl(Duration ttl) {
            this.lockTtl = Objects.requireNonNull(ttl, "lockTtl");
            return this;
        }

        /**
         * Where background refreshes run (default {@code ForkJoinPool.commonPool()}).
         *
         * @param executor runs refresh-ahead fetches; callers never wait on it
         * @return this builder
         * @throws NullPointerException if {@code executor} is null
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the manager; no token is fetched yet
         * @throws IllegalStateException if appId is missing, or secret is missing outside EXTERNAL mode
         */
        public AccessTokenManager build() {
            if (appId == null || appId.isBlank()) {
                throw new IllegalStateException("appId is required (AccessTokenManager.builder().appId(..))");
            }
            if (mode != Mode.EXTERNAL && (secret == null || secret.isBlank())) {
                throw new IllegalStateException("secret is required (AccessTokenManager.builder().secret(..))"
                        + " unless tokens come from external(..)");
            }
            if (mode == Mode.EXTERNAL && external == null) {
                throw new IllegalStateException("EXTERNAL mode needs external(..)");
            }
            ApiClient api = apiClient != null || mode == Mode.EXTERNAL ? apiClient : ApiClient.builder().build();
            return new AccessTokenManager(this, api);
        }
    }
}
