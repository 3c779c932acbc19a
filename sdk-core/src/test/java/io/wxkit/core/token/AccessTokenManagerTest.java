package io.wxkit.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.ApiClient;
import io.wxkit.core.http.RetryPolicy;
import io.wxkit.core.http.WxApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessTokenManagerTest {
    static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    static final String SECRET = "0123456789abcdef0123456789abcdef";

    @StartStop
    final MockWebServer server = new MockWebServer();

    final MutableClock clock = new MutableClock(T0);
    final CaffeineTokenStore store = CaffeineTokenStore.create(clock);

    ApiClient api() {
        return ApiClient.builder().baseUrl(server.url("/").toString()).sleeper(d -> { }).build();
    }

    AccessTokenManager.Builder manager() {
        return AccessTokenManager.builder().appId("wxAPPID").secret(SECRET).apiClient(api()).tokenStore(store)
                .clock(clock).executor(Runnable::run);
    }

    static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void stableTokenRequestIsExactAndItsExpiresInIsUsed() throws Exception {
        server.enqueue(json("{\"access_token\":\"ACCESS_TOKEN\",\"expires_in\":7000}"));

        assertThat(manager().build().token()).isEqualTo("ACCESS_TOKEN");

        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getUrl().encodedPath()).isEqualTo("/cgi-bin/stable_token");
        assertThat(r.getUrl().querySize()).isZero();
        assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(r.getBody().utf8()).isEqualTo("{\"grant_type\":\"client_credential\",\"appid\":\"wxAPPID\",\"secret\":\""
                + SECRET + "\",\"force_refresh\":false}");
        assertThat(store.get("wxAPPID:access_token")).contains(new Credential("ACCESS_TOKEN", T0.plusSeconds(7000)));
    }

    @Test
    void classicTokenRequestIsExact() throws Exception {
        server.enqueue(json("{\"access_token\":\"ACCESS_TOKEN\",\"expires_in\":7200}"));

        assertThat(manager().mode(AccessTokenManager.Mode.CLASSIC).build().token()).isEqualTo("ACCESS_TOKEN");

        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getUrl().encodedPath()).isEqualTo("/cgi-bin/token");
        assertThat(r.getUrl().encodedQuery())
                .isEqualTo("grant_type=client_credential&appid=wxAPPID&secret=" + SECRET);
    }

    @Test
    void documentedErrorSampleFailsWithoutRetry() {
        server.enqueue(json("{\"errcode\":40013,\"errmsg\":\"invalid appid\"}"));

        assertThatThrownBy(() -> manager().build().token()).isInstanceOfSatisfying(WxApiException.class, e -> {
            assertThat(e.errcode()).isEqualTo(40013);
            assertThat(e.endpoint()).isEqualTo("POST /cgi-bin/stable_token");
            assertThat(e.getMessage()).doesNotContain(SECRET);
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void validTokenIsServedFromTheStoreWithoutARequest() {
        store.put("wxAPPID:access_token", new Credential("CACHED", T0.plusSeconds(3600)));
        assertThat(manager().build().token()).isEqualTo("CACHED");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aRejectedTokenIsReplacedByANormalFetchWhenWeChatAlreadyHasANewOne() throws Exception {
        AccessTokenManager tokens = manager().build();
        server.enqueue(json("{\"access_token\":\"T1\",\"expires_in\":7200}"));
        server.enqueue(json("{\"access_token\":\"T2\",\"expires_in\":7200}"));

        assertThat(tokens.token()).isEqualTo("T1");
        tokens.invalidate("T1");
        tokens.invalidate("T1"); // late second report of the same stale token: ignored
        assertThat(tokens.token()).isEqualTo("T2");

        assertThat(forceFlags(2)).containsExactly(false, false);
    }

    @Test
    void aForcedFetchFollowsOnlyWhenWeChatHandsBackTheRejectedTokenAtMostOncePer30Seconds() throws Exception {
        AccessTokenManager tokens = manager().build();
        server.enqueue(json("{\"access_token\":\"T1\",\"expires_in\":7200}"));
        server.enqueue(json("{\"access_token\":\"T1\",\"expires_in\":7100}")); // stable: the same one
        server.enqueue(json("{\"access_token\":\"T2\",\"expires_in\":7200}")); // forced
        server.enqueue(json("{\"access_token\":\"T2\",\"expires_in\":7190}"));
        server.enqueue(json("{\"access_token\":\"T2\",\"expires_in\":7170}"));
        server.enqueue(json("{\"access_token\":\"T3\",\"expires_in\":7200}")); // forced

        assertThat(tokens.token()).isEqualTo("T1");
        tokens.invalidate("T1");
        assertThat(tokens.token()).isEqualTo("T2");
        clock.advance(Duration.ofSeconds(10));
        tokens.invalidate("T2");
        assertThatThrownBy(tokens::token).isInstanceOfSatisfying(WxApiException.class, e ->
                assertThat(e.getMessage()).contains("forced refresh is not allowed now").doesNotContain("T2"));
        clock.advance(Duration.ofSeconds(21));
        assertThat(tokens.token()).isEqualTo("T3");

        assertThat(forceFlags(6)).containsExactly(false, false, true, false, false, true);
    }

    private List<Boolean> forceFlags(int requests) throws InterruptedException {
        List<Boolean> flags = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            flags.add(server.takeRequest().getBody().utf8().contains("\"force_refresh\":true"));
        }
        assertThat(server.getRequestCount()).isEqualTo(requests);
        return flags;
    }

    @Test
    void theLockTtlOutlastsTwoTokenRequestsWithTheClientsTimeoutsAndRetries() {
        List<Duration> ttls = new ArrayList<>();
        TokenStore recording = new ObservedStore(store, 0) {
            @Override
            public java.util.Optional<RefreshLock> tryLock(String key, Duration ttl) {
                ttls.add(ttl);
                return super.tryLock(key, ttl);
            }
        };
        ApiClient api = ApiClient.builder().baseUrl(server.url("/").toString()).sleeper(d -> { })
                .connectTimeout(Duration.ofSeconds(3)).readTimeout(Duration.ofSeconds(20)).writeTimeout(Duration.ofSeconds(7))
                .retryPolicy(RetryPolicy.defaults().withMaxAttempts(4)).build();
        server.enqueue(json("{\"access_token\":\"T1\",\"expires_in\":7200}"));

        AccessTokenManager.builder().appId("wxAPPID").secret(SECRET).apiClient(api).tokenStore(recording).clock(clock)
                .build().token();

        // 4 × (3 + 7 + 20 s) + backoff ceilings 0.1 + 0.2 + 0.4 s = 120.7 s per request; two requests + 5 s
        assertThat(api.maxCallDuration()).contains(Duration.ofMillis(120_700));
        assertThat(ttls).containsExactly(Duration.ofMillis(2 * 120_700 + 5_000));
    }

    @Test
    void externalModeNeverCallsWeChat() {
        AtomicInteger calls = new AtomicInteger();
        AccessTokenManager tokens = AccessTokenManager.builder().appId("wxAPPID").tokenStore(store).clock(clock)
                .external(() -> new Credential("CENTRAL-" + calls.incrementAndGet(), clock.instant().plusSeconds(600)))
                .build();

        assertThat(tokens.token()).isEqualTo("CENTRAL-1");
        assertThat(tokens.token()).isEqualTo("CENTRAL-1");
        tokens.invalidate("CENTRAL-1");
        assertThat(tokens.token()).isEqualTo("CENTRAL-2");
        assertThat(server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {32, 64})
    void manyThreadsAtTheMomentOfExpiryCauseExactlyOneRequest(int threads) throws Exception {
        store.put("wxAPPID:access_token", new Credential("OLD", T0));
        server.enqueue(new MockResponse.Builder().headersDelay(100, TimeUnit.MILLISECONDS)
                .body("{\"access_token\":\"NEW\",\"expires_in\":7200}").build());
        AccessTokenManager tokens = manager().build();
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return tokens.token();
                }));
            }
            for (Future<String> f : results) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("NEW");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void faultsBeforeSuccessAreRetriedAndNothingHangs() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).body("unavailable").build());
        server.enqueue(new MockResponse.Builder().headersDelay(1, TimeUnit.SECONDS).body("{}").build());
        server.enqueue(json("{\"errcode\":-1,\"errmsg\":\"system error\"}"));
        server.enqueue(json("{\"errcode\":-1,\"errmsg\":\"system error\"}"));
        server.enqueue(json("{\"access_token\":\"FINALLY\",\"expires_in\":7200}"));
        ApiClient api = ApiClient.builder().baseUrl(server.url("/").toString()).sleeper(d -> { })
                .readTimeout(Duration.ofMillis(300)).retryPolicy(RetryPolicy.defaults().withMaxAttempts(5)).build();
        AccessTokenManager tokens = manager().apiClient(api).waitTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(tokens::token));
            }
            for (Future<String> f : results) {
                assertThat(f.get(5, TimeUnit.SECONDS)).isEqualTo("FINALLY");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void refreshAheadKeepsCallersFromBlockingOnAHeldTokenEndpoint() throws Exception {
        store.put("wxAPPID:access_token", new Credential("OLD", T0.plusSeconds(120))); // inside the 3 min margin
        CountDownLatch release = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                release.await(10, TimeUnit.SECONDS);
                return json("{\"access_token\":\"NEW\",\"expires_in\":7200}");
            }
        });
        ExecutorService background = Executors.newSingleThreadExecutor();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            AccessTokenManager tokens = manager().executor(background).build();
            List<Future<String>> during = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                during.add(callers.submit(tokens::token));
            }
            for (Future<String> f : during) {
                assertThat(f.get(5, TimeUnit.SECONDS)).isEqualTo("OLD"); // returned while the endpoint is held
            }
            assertThat(release.getCount()).isEqualTo(1);
            release.countDown();
            background.submit(() -> { }).get(10, TimeUnit.SECONDS);
            assertThat(tokens.token()).isEqualTo("NEW");
            assertThat(server.getRequestCount()).isEqualTo(1);
        } finally {
            release.countDown();
            background.shutdownNow();
            callers.shutdownNow();
        }
    }

    @Test
    void endpointThatNeverRecoversFailsEveryCallerWithinTheBounds() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(503).body("unavailable").build());
        }
        AccessTokenManager tokens = manager().build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(tokens::token));
            }
            for (Future<String> f : results) {
                assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(WxApiException.class)
                        .cause().hasMessage("HTTP 503 POST /cgi-bin/stable_token (attempts=3)");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void buildRequiresAppIdAndSecret() {
        assertThatThrownBy(() -> AccessTokenManager.builder().secret("s").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("appId is required");
        assertThatThrownBy(() -> AccessTokenManager.builder().appId("wx").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("secret is required");
    }
}
