package io.wxkit.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.LoggerFactory;

/**
 * The one way wxkit calls WeChat Official Account APIs: every call runs through the same pipeline
 * of small stages, token (attach {@code access_token}; on 40001/40014/42001 invalidate it and retry
 * once) → retry (errcode -1, HTTP 5xx, transport failures; backoff with jitter; fallback hosts) →
 * masked DEBUG log → errcode (non-zero {@code errcode} becomes {@link WxApiException}) → send
 * (OkHttp).
 *
 * <pre>{@code
 * ApiClient api = ApiClient.builder().build().withTokens(accessTokenManager);
 * JsonNode menu = api.get("cgi-bin/menu/get", Map.of(), JsonNode.class);
 * }</pre>
 *
 * <p>One client per entry object ({@code WxMp}); immutable and thread-safe. Calls block the calling
 * thread for at most {@code maxAttempts × (connect + write + read timeout) + backoff}. Every call
 * method throws {@link WxApiException} when WeChat answers with an error or cannot be reached
 * (after retries), and {@link IllegalStateException} when a call needs an access token but the
 * client has no {@link TokenSource}.
 */
public final class ApiClient implements AutoCloseable {
    /** WeChat's primary API host. */
    public static final String DEFAULT_BASE_URL = "https://api.weixin.qq.com/";
    /** WeChat's documented fallback hosts, tried in order after a transport failure. */
    public static final List<String> DEFAULT_FALLBACK_URLS = List.of("https://api2.weixin.qq.com/",
            "https://sh.api.weixin.qq.com/", "https://sz.api.weixin.qq.com/", "https://hk.api.weixin.qq.com/");

    private final Builder config;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final Json json;
    private final Pipeline pipeline;
    private final TokenSource tokens;

    private ApiClient(Builder config, OkHttpClient http, boolean ownsHttp, TokenSource tokens) {
        this.config = config;
        this.http = http;
        this.ownsHttp = ownsHttp;
        this.json = config.json;
        this.tokens = tokens;
        List<HttpUrl> hosts = new ArrayList<>();
        hosts.add(config.baseUrl);
        hosts.addAll(config.fallbackUrls);
        List<Stage> stages = new ArrayList<>();
        stages.add(new TokenStage(tokens));
        if (config.listener != null) {
            // only when asked for: no cost otherwise. Inside the token stage, so a rejected token shows as its own call
            stages.add(new ObserveStage(config.listener));
        }
        stages.addAll(List.of(
                new RetryStage(config.retryPolicy, config.random, config.sleeper, hosts.size()),
                new LoggingStage(LoggerFactory.getLogger(ApiClient.class), config.clock),
                new ErrcodeStage(json),
                new SendStage(http, hosts, json, config.userAgent)));
        this.pipeline = new Pipeline(stages);
    }

    /**
     * A builder with WeChat's hosts, 5 s connect / 10 s read and write timeouts and default retries.
     *
     * @return a new builder; nothing is connected until the first call
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client sharing this one's HTTP client and settings whose calls take access tokens from
     * {@code tokens}. Closing either closes the shared HTTP client.
     *
     * @param tokens where access tokens come from, usually an {@code AccessTokenManager}
     * @return a new client; this one keeps calling without tokens
     * @throws NullPointerException if {@code tokens} is null
     */
    public ApiClient withTokens(TokenSource tokens) {
        return new ApiClient(config, http, ownsHttp, Objects.requireNonNull(tokens, "tokens"));
    }

    /**
     * Runs {@code request} and reads WeChat's JSON answer as {@code type} (a record, {@code JsonNode},
     * or {@code Void} to only check the errcode).
     *
     * @param <T> the answer type
     * @param request the call to make
     * @param type the class WeChat's JSON is read into
     * @return the answer, or null when {@code type} is {@code Void}
     * @throws WxApiException if WeChat answers with a non-zero errcode or an HTTP error, cannot be
     *     reached after retries, or answers with something that does not fit {@code type}
     * @throws IllegalStateException if {@code request} needs an access token and this client has no
     *     {@link TokenSource}
     */
    public <T> T call(ApiRequest request, Class<T> type) {
        Objects.requireNonNull(type, "type");
        Reply reply = pipeline.execute(Exchange.of(request, false));
        if (type == Void.class) {
            return null;
        }
        try {
            return json.read(reply.body(), type);
        } catch (UncheckedIOException e) {
            throw WxApiException.unusable("answer does not fit " + type.getSimpleName() + ": "
                    + e.getCause().getMessage(), request.endpoint());
        }
    }

    /**
     * {@code GET path?access_token=..&query..} read as {@code type}; see {@link #call}.
     *
     * @param <T> the answer type
     * @param path the path below the base URL, e.g. {@code cgi-bin/menu/get}; no query string
     * @param query the query parameters besides {@code access_token}, in iteration order; may be empty
     * @param type the class WeChat's JSON is read into
     * @return the answer, or null when {@code type} is {@code Void}
     * @throws WxApiException as {@link #call}
     */
    public <T> T get(String path, Map<String, String> query, Class<T> type) {
        return call(ApiRequest.get(path).query(query), type);
    }

    /**
     * {@code POST path?access_token=..} with {@code body} as JSON, read as {@code type}; see {@link #call}.
     *
     * @param <T> the answer type
     * @param path the path below the base URL, e.g. {@code cgi-bin/menu/create}; no query string
     * @param body a record, map or {@code JsonNode} written as the JSON body
     * @param type the class WeChat's JSON is read into
     * @return the answer, or null when {@code type} is {@code Void}
     * @throws WxApiException as {@link #call}; the POST is not retried after an ambiguous failure (see
     *     {@link RetryPolicy})
     */
    public <T> T post(String path, Object body, Class<T> type) {
        return call(ApiRequest.post(path).json(body), type);
    }

    /**
     * {@code POST path} with {@code body} as JSON, answer as a tree: for endpoints not typed yet.
     *
     * @param path the path below the base URL; no query string
     * @param body a record, map or {@code JsonNode} written as the JSON body
     * @return WeChat's answer as a tree (its errcode was 0 or absent)
     * @throws WxApiException as {@link #call}
     */
    public JsonNode post(String path, Object body) {
        return post(path, body, JsonNode.class);
    }

    /**
     * Uploads {@code form} ({@code multipart/form-data}) to {@code path?access_token=..&query..},
     * read as {@code type}; see {@link #call} and {@link Multipart} (stream uploads are not retried).
     *
     * @param <T> the answer type
     * @param path the path below the base URL, e.g. {@code cgi-bin/media/upload}
     * @param query the query parameters besides {@code access_token}, e.g. {@code type=image}
     * @param form the file part and text fields
     * @param type the class WeChat's JSON is read into
     * @return the answer, or null when {@code type} is {@code Void}
     * @throws WxApiException as {@link #call}
     */
    public <T> T upload(String path, Map<String, String> query, Multipart form, Class<T> type) {
        return call(ApiRequest.post(path).query(query).multipart(form), type);
    }

    /**
     * Runs {@code request} and copies the binary answer (media) to {@code out}, which is not closed.
     * A JSON answer without errcode (e.g. a video's {@code {"video_url":..}}) is copied as is; its
     * content type tells it apart. Retries happen before the first byte is written; a failure while
     * copying is not retried.
     *
     * @param request the call, e.g. {@code ApiRequest.get("cgi-bin/media/get").query("media_id", id)}
     * @param out where the bytes go; left open
     * @return the content type, file name and byte count of what was written
     * @throws WxApiException if WeChat answers with an errcode instead of media, or the download fails
     * @throws UncheckedIOException if writing to {@code out} fails
     */
    public MediaDownload download(ApiRequest request, OutputStream out) {
        Objects.requireNonNull(out, "out");
        Reply reply = pipeline.execute(Exchange.of(request, true));
        if (reply.stream() == null) {
            write(out, reply.body(), reply.body().length);
            return new MediaDownload(reply.contentType(), reply.fileName(), reply.body().length);
        }
        try (reply; InputStream in = reply.stream().byteStream()) {
            byte[] buf = new byte[16 * 1024];
            long total = 0;
            for (int n = read(in, buf, request); n >= 0; n = read(in, buf, request)) {
                write(out, buf, n);
                total += n;
            }
            return new MediaDownload(reply.contentType(), reply.fileName(), total);
        } catch (IOException closing) {
            throw WxApiException.transport(closing, request.endpoint());
        }
    }

    /**
     * The longest one call can block before it fails, if the HTTP client bounds every step: for each
     * of {@link RetryPolicy#maxAttempts()} attempts the connect, write and read timeouts (or the
     * call timeout, if that is shorter), plus the largest backoff before each retry. The token
     * stage's one refresh-and-retry is not included. Empty when a timeout is switched off (0), since
     * a call can then hang without bound. DNS lookups are not covered by OkHttp's timeouts.
     *
     * @return the bound, or empty if a timeout of the HTTP client is 0 (unbounded)
     */
    public Optional<Duration> maxCallDuration() {
        long connect = http.connectTimeoutMillis();
        long write = http.writeTimeoutMillis();
        long read = http.readTimeoutMillis();
        long call = http.callTimeoutMillis();
        long perAttempt = connect > 0 && write > 0 && read > 0 ? connect + write + read : Long.MAX_VALUE;
        if (call > 0) {
            perAttempt = Math.min(perAttempt, call);
        }
        if (perAttempt == Long.MAX_VALUE) {
            return Optional.empty();
        }
        RetryPolicy policy = config.retryPolicy;
        Duration total = Duration.ofMillis(perAttempt).multipliedBy(policy.maxAttempts());
        for (int retry = 1; retry < policy.maxAttempts(); retry++) {
            total = total.plus(policy.ceiling(retry));
        }
        return Optional.of(total);
    }

    /**
     * The JSON codec of this client, for building untyped bodies and reading trees.
     *
     * @return the codec given to {@link Builder#json(Json)}, or the default one; shared, thread-safe
     */
    public Json json() {
        return json;
    }

    /** Releases the HTTP client's threads and connections if this client created it; idempotent. */
    @Override
    public void close() {
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private static int read(InputStream in, byte[] buf, ApiRequest request) {
        try {
            return in.read(buf);
        } catch (IOException e) {
            throw WxApiException.transport(e, request.endpoint());
        }
    }

    private static void write(OutputStream out, byte[] buf, int n) {
        try {
            out.write(buf, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write downloaded media", e);
        }
    }

    @Override
    public String toString() {
        return "ApiClient[" + config.baseUrl + ", tokens=" + (tokens != null) + "]";
    }

    /**
     * Options of an {@link ApiClient}; every one has a default. Not thread-safe; {@link #build()}
     * validates and may be called more than once.
     */
    public static final class Builder {
        private HttpUrl baseUrl = HttpUrl.get(DEFAULT_BASE_URL);
        private List<HttpUrl> fallbackUrls = DEFAULT_FALLBACK_URLS.stream().map(HttpUrl::get).toList();
        private OkHttpClient httpClient;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(10);
        private Duration writeTimeout = Duration.ofSeconds(10);
        private boolean timeoutsSet;
        private Clock clock = Clock.systemUTC();
        private SecureRandom random;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Sleeper sleeper = Sleeper.system();
        private Json json;
        private String userAgent = "wxkit";
        private ApiCallListener listener;

        private Builder() {}

        /**
         * Where WeChat is, e.g. an emulator or MockWebServer; also clears the fallback hosts.
         *
         * @param baseUrl an http(s) URL; a missing trailing slash is added
         * @return this builder
         * @throws NullPointerException if {@code baseUrl} is null
         * @throws IllegalArgumentException if it is not an http(s) URL
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = parse(baseUrl);
            this.fallbackUrls = List.of();
            return this;
        }

        /**
         * Hosts tried in order after a transport failure (default: WeChat's api2/sh/sz/hk hosts).
         *
         * @param urls http(s) URLs, in the order they are tried; empty for none
         * @return this builder
         * @throws NullPointerException if {@code urls} or one of them is null
         * @throws IllegalArgumentException if one is not an http(s) URL
         */
        public Builder fallbackUrls(List<String> urls) {
            this.fallbackUrls = urls.stream().map(Builder::parse).toList();
            return this;
        }

        /**
         * The OkHttp client to use (shares its pools); timeouts set here are applied on top of it.
         *
         * @param httpClient a client the caller owns: {@link ApiClient#close()} does not shut it down
         * @return this builder
         * @throws NullPointerException if {@code httpClient} is null
         */
        public Builder httpClient(OkHttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * The TCP/TLS connect timeout of each attempt (OkHttp {@code connectTimeout}); default 5 s.
         *
         * <p>With a client given to {@link #httpClient}, setting any of the three timeouts applies all three to it,
         * those not set at their defaults; setting none keeps the client's own.
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if {@code timeout} is null, zero or negative
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            this.timeoutsSet = true;
            return this;
        }

        /**
         * The longest wait for the next bytes of WeChat's answer in each attempt (OkHttp {@code readTimeout});
         * default 10 s.
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if {@code timeout} is null, zero or negative
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            this.timeoutsSet = true;
            return this;
        }

        /**
         * The longest wait while sending the next bytes of the request in each attempt (OkHttp
         * {@code writeTimeout}); default 10 s.
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if {@code timeout} is null, zero or negative
         */
        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = positive(timeout, "writeTimeout");
            this.timeoutsSet = true;
            return this;
        }

        /**
         * The clock for durations in logs (default: system UTC).
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
         * The random source of retry jitter (default: a new {@link SecureRandom}).
         *
         * @param random the jitter source; a seeded one makes delays reproducible in tests
         * @return this builder
         * @throws NullPointerException if {@code random} is null
         */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Which failures are retried and how long to wait before each retry (default {@link RetryPolicy#defaults()}).
         *
         * @param retryPolicy the policy; {@link RetryPolicy#none()} switches retries off
         * @return this builder
         * @throws NullPointerException if {@code retryPolicy} is null
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * How retries wait (default: {@link Sleeper#system()}); tests pass a recording one.
         *
         * @param sleeper the sleeper
         * @return this builder
         * @throws NullPointerException if {@code sleeper} is null
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * The JSON codec (default: {@link Json#create()}).
         *
         * @param json the codec request bodies are written and answers read with
         * @return this builder
         * @throws NullPointerException if {@code json} is null
         */
        public Builder json(Json json) {
            this.json = Objects.requireNonNull(json, "json");
            return this;
        }

        /**
         * Observes every finished call (for metrics); see {@link ApiCallListener}. None by default.
         *
         * @param listener the listener, called on the calling thread
         * @return this builder
         * @throws NullPointerException if {@code listener} is null
         */
        public Builder listener(ApiCallListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * The {@code User-Agent} header of every request (default {@code wxkit}).
         *
         * @param userAgent the header value
         * @return this builder
         * @throws NullPointerException if {@code userAgent} is null
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
            return this;
        }

        /**
         * A client without access tokens (token endpoints); add them with {@link ApiClient#withTokens}.
         *
         * @return a new client with a snapshot of the options; later changes to this builder do not affect it
         */
        public ApiClient build() {
            Builder snapshot = copy();
            boolean owns = httpClient == null;
            OkHttpClient http = owns ? new OkHttpClient.Builder().build() : httpClient;
            if (owns || timeoutsSet) {
                http = http.newBuilder().connectTimeout(connectTimeout).readTimeout(readTimeout)
                        .writeTimeout(writeTimeout).build();
            }
            return new ApiClient(snapshot, http, owns, null);
        }

        private Builder copy() {
            Builder b = new Builder();
            b.baseUrl = baseUrl;
            b.fallbackUrls = List.copyOf(fallbackUrls);
            b.clock = clock;
            b.random = random == null ? new SecureRandom() : random;
            b.retryPolicy = retryPolicy;
            b.sleeper = sleeper;
            b.json = json == null ? Json.create() : json;
            b.userAgent = userAgent;
            b.listener = listener;
            return b;
        }

        private static HttpUrl parse(String url) {
            Objects.requireNonNull(url, "url");
            HttpUrl parsed = HttpUrl.parse(url.endsWith("/") ? url : url + "/");
            if (parsed == null) {
                throw new IllegalArgumentException("not an http(s) URL: " + url);
            }
            return parsed;
        }

        private static Duration positive(Duration d, String name) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }
}
