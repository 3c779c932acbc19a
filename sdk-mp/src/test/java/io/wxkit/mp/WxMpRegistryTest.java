package io.wxkit.mp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.token.CaffeineTokenStore;
import io.wxkit.core.token.TokenStore;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WxMpRegistryTest {
    private final MockWebServer server = new MockWebServer();
    private final Map<String, String> tokenOwner = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().equals("/cgi-bin/stable_token")) {
                    String appId = io.wxkit.mp.testing.Wire.tree(request.getBody().utf8()).get("appid").asText();
                    String token = "TOKEN_OF_" + appId;
                    tokenOwner.put(token, appId);
                    return json("{\"access_token\":\"" + token + "\",\"expires_in\":7200}");
                }
                String token = request.getUrl().queryParameter("access_token");
                return json("{\"subscribe\":1,\"openid\":\"" + tokenOwner.get(token) + "\"}");
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void accountsSharingAStoreKeepSeparateTokens() {
        TokenStore shared = CaffeineTokenStore.create();
        try (WxMpRegistry registry = WxMpRegistry.of(account("wxA", shared), account("wxB", shared))) {
            assertThat(registry.get("wxA").users().get("x").openid()).isEqualTo("wxA");
            assertThat(registry.get("wxB").users().get("x").openid()).isEqualTo("wxB");
            assertThat(registry.get("wxA").users().get("y").openid()).isEqualTo("wxA");
            assertThat(tokenOwner).containsOnlyKeys("TOKEN_OF_wxA", "TOKEN_OF_wxB");
            assertThat(server.getRequestCount()).isEqualTo(5);
        }
    }

    @Test
    void lookupRegistrationAndRemoval() {
        WxMpRegistry registry = WxMpRegistry.create().register(account("wxB", null)).register(account("wxA", null));
        assertThat(registry.appIds()).containsExactly("wxA", "wxB");
        assertThat(registry.find("wxC")).isEmpty();
        assertThatThrownBy(() -> registry.get("wxC")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("wxC").hasMessageContaining("[wxA, wxB]");
        assertThatThrownBy(() -> registry.register(account("wxA", null))).isInstanceOf(IllegalArgumentException.class);
        WxMp removed = registry.remove("wxB").orElseThrow();
        removed.close();
        assertThat(registry.appIds()).containsExactly("wxA");
        assertThat(registry.toString()).isEqualTo("WxMpRegistry[wxA]");
        registry.close();
        assertThat(registry.appIds()).isEmpty();
    }

    @Test
    void racingRegistrationsOfOneAppIdLetExactlyOneWin() throws Exception {
        int threads = 16;
        WxMpRegistry registry = WxMpRegistry.create();
        java.util.List<WxMp> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < threads; i++) {
            candidates.add(account("wxSame", null));
        }
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger wins = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (WxMp candidate : candidates) {
            done.add(pool.submit(() -> {
                go.await();
                try {
                    registry.register(candidate);
                    wins.incrementAndGet();
                } catch (IllegalArgumentException expected) {
                    // another thread registered the appId first
                }
                return null;
            }));
        }
        go.countDown();
        for (java.util.concurrent.Future<?> f : done) {
            f.get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(wins).hasValue(1);
        assertThat(registry.appIds()).containsExactly("wxSame");
        candidates.forEach(WxMp::close);
    }

    private WxMp account(String appId, TokenStore store) {
        WxMp.Builder b = WxMp.builder().appId(appId).secret("secret-" + appId).baseUrl(server.url("/").toString());
        return (store == null ? b : b.tokenStore(store)).build();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }
}
