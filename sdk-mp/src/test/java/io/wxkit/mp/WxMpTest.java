package io.wxkit.mp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.RetryPolicy;
import io.wxkit.core.http.WxApiException;
import io.wxkit.core.token.AccessTokenManager;
import io.wxkit.core.token.CaffeineTokenStore;
import io.wxkit.mp.menu.Button;
import io.wxkit.mp.menu.Menu;
import io.wxkit.mp.testing.Wire;
import io.wxkit.mp.user.UserInfo;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WxMpTest {
    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger tokenFetches = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                if (path.equals("/cgi-bin/stable_token") || path.equals("/cgi-bin/token")) {
                    int n = tokenFetches.incrementAndGet();
                    return json("{\"access_token\":\"TOKEN_" + n + "\",\"expires_in\":7200}");
                }
                if (path.equals("/cgi-bin/user/info")) {
                    return json("{\"subscribe\":1,\"openid\":\"" + request.getUrl().queryParameter("openid") + "\"}");
                }
                return json("{\"errcode\":0,\"errmsg\":\"ok\"}");
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theDesignSnippetBuildsAndTheFirstCallFetchesAStableToken() throws Exception {
        try (WxMp mp = WxMp.builder().appId("wx0000000000000001").secret(SECRET)
                .token("contractToken").encodingAesKey("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG")
                .tokenStore(CaffeineTokenStore.create()).baseUrl(server.url("/").toString()).build()) {
            mp.menu().create(Menu.of(Button.click("News", "NEWS"), Button.view("Site", "https://example.com")));

            RecordedRequest token = server.takeRequest();
            assertThat(token.getMethod()).isEqualTo("POST");
            assertThat(token.getTarget()).isEqualTo("/cgi-bin/stable_token");
            assertThat(Wire.tree(token.getBody().utf8())).isEqualTo(Wire.tree("""
                    {"grant_type":"client_credential","appid":"wx0000000000000001","secret":"%s","force_refresh":false}"""
                    .formatted(SECRET)));
            RecordedRequest call = server.takeRequest();
            assertThat(call.getTarget()).isEqualTo("/cgi-bin/menu/create?access_token=TOKEN_1");
        }
    }

    @Test
    void classicModeUsesTheTokenEndpoint() throws Exception {
        try (WxMp mp = builder().tokenMode(AccessTokenManager.Mode.CLASSIC).build()) {
            mp.users().get("o1");
            RecordedRequest token = server.takeRequest();
            assertThat(token.getMethod()).isEqualTo("GET");
            assertThat(token.getUrl().encodedPath()).isEqualTo("/cgi-bin/token");
            assertThat(token.getUrl().queryParameter("grant_type")).isEqualTo("client_credential");
            assertThat(token.getUrl().queryParameter("appid")).isEqualTo("wx0000000000000001");
        }
        assertThatThrownBy(() -> WxMp.builder().tokenMode(AccessTokenManager.Mode.EXTERNAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("externalTokens");
    }

    @Test
    void concurrentFirstCallsShareOneTokenFetch() throws Exception {
        try (WxMp mp = builder().build()) {
            int threads = 32;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<UserInfo>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String openid = "o" + i;
                results.add(pool.submit(() -> {
                    go.await();
                    return mp.users().get(openid);
                }));
            }
            go.countDown();
            for (int i = 0; i < threads; i++) {
                assertThat(results.get(i).get(10, TimeUnit.SECONDS).openid()).isEqualTo("o" + i);
            }
            pool.shutdown();
            assertThat(tokenFetches).hasValue(1);
            assertThat(server.getRequestCount()).isEqualTo(threads + 1);
        }
    }

    @Test
    void everyReplaceablePartIsABuilderOption() throws Exception {
        OkHttpClient http = new OkHttpClient();
        try (WxMp mp = builder().clock(Clock.systemUTC()).random(new SecureRandom())
                .httpClient(http).timeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(2))
                .retryPolicy(RetryPolicy.none()).build()) {
            assertThat(mp.users().get("o9").openid()).isEqualTo("o9");
        }
        http.dispatcher().executorService().shutdown();
    }

    @Test
    void accessorsAreCheapViewsAndToStringHidesSecrets() {
        try (WxMp mp = builder().token("callbackToken").build()) {
            assertThat(mp.menu()).isNotNull();
            assertThat(mp.templates()).isNotNull();
            assertThat(mp.subscriptions()).isNotNull();
            assertThat(mp.users()).isNotNull();
            assertThat(mp.tags()).isNotNull();
            assertThat(mp.kf()).isNotNull();
            assertThat(mp.mass()).isNotNull();
            assertThat(mp.account()).isNotNull();
            assertThat(mp.raw()).isNotNull();
            assertThat(mp.toString()).isEqualTo("WxMp[wx0000000000000001]").doesNotContain(SECRET);
        }
    }

    @Test
    void externalTokensNeedNoSecretAndNoTokenRequest() throws Exception {
        try (WxMp mp = WxMp.builder().appId("wx0000000000000002").baseUrl(server.url("/").toString())
                .externalTokens(() -> new io.wxkit.core.token.Credential("CENTRAL", java.time.Instant.now().plusSeconds(3600)))
                .build()) {
            mp.users().get("o1");
            assertThat(server.takeRequest().getTarget()).startsWith("/cgi-bin/user/info?access_token=CENTRAL&");
            assertThat(tokenFetches).hasValue(0);
        }
    }

    @Test
    void buildValidatesEveryRequiredOption() {
        assertThatThrownBy(() -> WxMp.builder().secret(SECRET).build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("appId is required (WxMp.builder().appId(..))");
        assertThatThrownBy(() -> WxMp.builder().appId(" ").build()).hasMessage("appId is required (WxMp.builder().appId(..))");
        assertThatThrownBy(() -> WxMp.builder().appId("wx1").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("secret is required (WxMp.builder().secret(..))");
        assertThatThrownBy(() -> WxMp.builder().appId("wx1").secret(SECRET).encodingAesKey("short").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("43 characters")
                .hasMessageNotContaining("short");
        assertThatThrownBy(() -> WxMp.builder().appId("wx1").secret(SECRET).token(" ").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("token");
    }

    @Test
    void aWeChatHostThatCannotBeReachedFailsWithAnUncheckedException() {
        try (WxMp mp = WxMp.builder().appId("wx1").secret(SECRET).baseUrl("http://127.0.0.1:9")
                .retryPolicy(RetryPolicy.none()).build()) {
            assertThatThrownBy(() -> mp.users().get("o")).isInstanceOfSatisfying(WxApiException.class,
                    e -> assertThat(e.getMessage()).doesNotContain(SECRET));
        }
    }

    private WxMp.Builder builder() {
        return WxMp.builder().appId("wx0000000000000001").secret(SECRET).baseUrl(server.url("/").toString());
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }
}
