package io.wxkit.mp.jssdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.core.crypto.JsSdkSignature;
import io.wxkit.core.http.WxApiException;
import io.wxkit.core.token.CaffeineTokenStore;
import io.wxkit.core.token.Credential;
import io.wxkit.core.token.TokenStore;
import io.wxkit.mp.internal.SharedVectors;
import io.wxkit.mp.internal.WeChatMock;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link JsSdkApi}. getticket sample: api-reference §12 (intended source
 * https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/JS-SDK.html, appendix 1); signatures: shared vectors.
 */
class JsSdkApiTest {
    private static final String TICKET_SAMPLE = "{\"errcode\":0,\"errmsg\":\"ok\",\"ticket\":"
            + "\"bxLdikRXVbTPdHSM05e5u5sUoXNKd8-41ZO3MhKoyN5OfkWITDGgnr2fwJ0m9E8NYzWKVZvdVtaUgWvsdshFKA\",\"expires_in\":7200}";
    private static final Instant NOW = Instant.ofEpochSecond(1414587457);

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final WeChatMock wx = new WeChatMock(server);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private JsSdkApi jssdk(TokenStore store) {
        return new JsSdkApi(wx.api(), "wxappid", store, clock, new SecureRandom());
    }

    @Test
    void ticketIsFetchedWithTheDocumentedRequestAndCached() {
        wx.json(TICKET_SAMPLE);
        TokenStore store = CaffeineTokenStore.create(clock);
        JsSdkApi api = jssdk(store);
        assertThat(api.ticket()).startsWith("bxLdikRXVbTPdHSM05e5u5sUoXNKd8");
        assertThat(api.ticket()).startsWith("bxLdikRXVbTPdHSM05e5u5sUoXNKd8");
        wx.expectGet("/cgi-bin/ticket/getticket", "type", "jsapi");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(store.get(JsSdkApi.storeKey("wxappid"))).get().extracting(Credential::expiresAt).isEqualTo(NOW.plusSeconds(7200));
    }

    @Test
    void everySharedSignatureVectorIsReproduced() {
        for (JsonNode v : SharedVectors.ofKind("mp.jssdk_signature")) {
            JsonNode in = v.path("inputs");
            TokenStore store = CaffeineTokenStore.create(clock);
            store.put(JsSdkApi.storeKey("wxappid"), new Credential(in.path("jsapi_ticket").asText(), NOW.plusSeconds(7200)));
            JsSdkConfig cfg = jssdk(store).config(in.path("url").asText(), in.path("timestamp").asLong(), in.path("noncestr").asText());
            assertThat(cfg.signature()).as(v.path("id").asText()).isEqualTo(v.path("expected").path("signature").asText());
            assertThat(cfg.appId()).isEqualTo("wxappid");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void configStampsTheClockAndAFreshNonce() {
        wx.json(TICKET_SAMPLE);
        JsSdkApi api = jssdk(null);
        JsSdkConfig a = api.config("https://example.com/vote?id=42#top");
        JsSdkConfig b = api.config("https://example.com/vote?id=42#top");
        assertThat(a.timestamp()).isEqualTo(1414587457L);
        assertThat(a.nonceStr()).matches("[A-Za-z0-9]{16}").isNotEqualTo(b.nonceStr());
        assertThat(a.signature()).isEqualTo(JsSdkSignature.sign(api.ticket(), a.nonceStr(), "1414587457", "https://example.com/vote?id=42"));
        assertThat(a.toString()).doesNotContain(a.signature());
        assertThat(api.toString()).isEqualTo("JsSdkApi[wxappid]");
    }

    @Test
    void relativeOrMissingUrlIsRejected() {
        assertThatThrownBy(() -> jssdk(null).config("/vote")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jssdk(null).config(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void ticketErrorIsRaisedAndAnswerWithoutTicketIsRefused() {
        wx.json("{\"errcode\":40164,\"errmsg\":\"invalid ip 1.2.3.4, not in whitelist\"}").json("{\"errcode\":0,\"errmsg\":\"ok\"}");
        assertThatThrownBy(() -> jssdk(null).ticket()).isInstanceOfSatisfying(WxApiException.class,
                e -> assertThat(e.errcode()).isEqualTo(40164));
        assertThatThrownBy(() -> jssdk(null).ticket()).isInstanceOf(WxApiException.class).hasMessageContaining("ticket");
        wx.json("{\"ticket\":\"T\",\"expires_in\":0}").json("{\"ticket\":\"\",\"expires_in\":7200}");
        assertThatThrownBy(() -> jssdk(null).ticket()).isInstanceOf(WxApiException.class);
        assertThatThrownBy(() -> jssdk(null).ticket()).isInstanceOf(WxApiException.class);
        assertThat(new JsSdkApi.Ticket("SECRET-TICKET", 7200).toString()).doesNotContain("SECRET");
    }

    @Test
    void racingThreadsFetchTheTicketOnce() throws Exception {
        wx.json(TICKET_SAMPLE);
        JsSdkApi api = jssdk(null);
        int threads = 32;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<JsSdkConfig>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return api.config("https://example.com/p");
                }));
            }
            start.countDown();
            for (Future<JsSdkConfig> f : results) {
                assertThat(f.get(20, TimeUnit.SECONDS).signature()).hasSize(40);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
