package io.wxkit.mp.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.ApiClient;
import io.wxkit.core.http.TokenSource;
import io.wxkit.core.message.Article;
import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Text;
import io.wxkit.mp.WxMp;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A reply that misses the budget goes out as {@code POST /cgi-bin/message/custom/send} through the pipeline. */
class LateReplyTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private final TestClock clock = TestClock.at(1_700_000_000L);
    private final WeChat wechat = new WeChat(clock);
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final List<RuntimeException> errors = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private ApiClient api() {
        return ApiClient.builder().baseUrl(server.url("/").toString()).clock(clock).build()
                .withTokens(new TokenSource() {
                    @Override
                    public String accessToken() {
                        return "ACCESS_TOKEN";
                    }

                    @Override
                    public void invalidate(String staleToken) {
                    }
                });
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void aSlowHandlerIsAnsweredSuccessWithinTheBudgetAndItsReplyIsSentAsACustomerServiceMessage() throws Exception {
        server.enqueue(json("{\"errcode\":0,\"errmsg\":\"ok\"}"));
        ApiClient api = api();
        CountDownLatch release = new CountDownLatch(1);
        CallbackHandler handler = CallbackHandler.builder(WeChat.APP_ID, WeChat.TOKEN, WeChat.AES_KEY).clock(clock)
                .replyBudget(Duration.ofMillis(100)).executor(pool).errorHook((m, e) -> errors.add(e))
                .lateReplies(LateReplySender.customerService(m -> api.post("cgi-bin/message/custom/send", m, Void.class)))
                .rule(Rule.on(Text.class).async().reply(m -> {
                    await(release);
                    return Reply.text(m, "您的订单已发货");
                }))
                .build();

        long start = System.nanoTime();
        CallbackResponse r = handler.handle(wechat.safe(Shared.sample("inbound-text.xml")));
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(r.body()).isEqualTo("success");
        assertThat(tookMillis).isLessThan(4_500);
        assertThat(server.getRequestCount()).isZero();
        release.countDown();

        RecordedRequest sent = server.takeRequest(10, TimeUnit.SECONDS);
        assertThat(sent).isNotNull();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/cgi-bin/message/custom/send");
        assertThat(sent.getUrl().queryParameter("access_token")).isEqualTo("ACCESS_TOKEN");
        assertThat(sent.getBody().utf8())
                .isEqualTo("{\"touser\":\"fromUser\",\"msgtype\":\"text\",\"text\":{\"content\":\"您的订单已发货\"}}");
        assertThat(errors).isEmpty();
    }

    @Test
    void mpCallbackSendsALateReplyThroughTheAccountsPipelineWithItsAccessToken() throws Exception {
        server.enqueue(json("{\"access_token\":\"STABLE_TOKEN\",\"expires_in\":7200}"));
        server.enqueue(json("{\"errcode\":0,\"errmsg\":\"ok\"}"));
        CountDownLatch release = new CountDownLatch(1);
        try (WxMp mp = WxMp.builder().appId(WeChat.APP_ID).secret("app-secret").token(WeChat.TOKEN)
                .encodingAesKey(WeChat.AES_KEY).baseUrl(server.url("/").toString()).clock(clock).build();
             CallbackHandler handler = mp.callback().replyBudget(Duration.ofMillis(100))
                .errorHook((m, e) -> errors.add(e))
                .rule(KeywordQuery.keywords("查询").async().text(no -> {
                    await(release);
                    return "订单 " + no + " 已发货";
                }))
                .build()) {
            String xml = Shared.sample("inbound-text.xml").replace("this is a test", "查询 12345");

            CallbackResponse r = handler.handle(wechat.safe(xml));

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("success");
            release.countDown();
            RecordedRequest token = server.takeRequest(10, TimeUnit.SECONDS);
            assertThat(token.getUrl().encodedPath()).isEqualTo("/cgi-bin/stable_token");
            RecordedRequest sent = server.takeRequest(10, TimeUnit.SECONDS);
            assertThat(sent.getMethod()).isEqualTo("POST");
            assertThat(sent.getUrl().encodedPath()).isEqualTo("/cgi-bin/message/custom/send");
            assertThat(sent.getUrl().queryParameter("access_token")).isEqualTo("STABLE_TOKEN");
            assertThat(sent.getBody().utf8())
                    .isEqualTo("{\"touser\":\"fromUser\",\"msgtype\":\"text\",\"text\":{\"content\":\"订单 12345 已发货\"}}");
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void aFailedLateSendIsReportedToTheErrorHook() throws Exception {
        server.enqueue(json("{\"errcode\":45015,\"errmsg\":\"response out of time limit or subscription is canceled rid: 1\"}"));
        ApiClient api = api();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch reported = new CountDownLatch(1);
        CallbackHandler handler = CallbackHandler.builder(WeChat.APP_ID, WeChat.TOKEN, WeChat.AES_KEY)
                .mode(CallbackMode.COMPATIBLE).plaintextReplies(true).clock(clock)
                .replyBudget(Duration.ofMillis(50)).executor(pool)
                .errorHook((m, e) -> { errors.add(e); reported.countDown(); })
                .lateReplies(LateReplySender.customerService(m -> api.post("cgi-bin/message/custom/send", m, Void.class)))
                .rule(Rule.on(Text.class).async().reply(m -> { await(release); return Reply.text(m, "late"); }))
                .build();

        assertThat(handler.handle(wechat.plain(Shared.sample("inbound-text.xml"))).body()).isEqualTo("success");
        release.countDown();

        assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(errors.get(0)).hasMessageContaining("45015");
    }

    @Test
    void everyCarriableReplyTypeMapsToItsCustomerServiceMessage() {
        InboundMessage m = new Text("gh_1", "oUser", clock.instant(), 1, "hi");
        assertThat(CustomerServiceReplies.of(Reply.image(m, "MEDIA")).image().mediaId()).isEqualTo("MEDIA");
        assertThat(CustomerServiceReplies.of(Reply.voice(m, "VOICE")).voice().mediaId()).isEqualTo("VOICE");
        assertThat(CustomerServiceReplies.of(Reply.music(m, "t", "d", "https://m", "https://hq", "THUMB")).music().thumbMediaId())
                .isEqualTo("THUMB");
        var news = CustomerServiceReplies.of(Reply.news(m, List.of(Article.of("A", "a", "https://p", "https://a"),
                Article.of("B", null, null, "https://b"))));
        assertThat(news.news().articles()).hasSize(1);
        assertThat(news.news().articles().get(0).title()).isEqualTo("A");
        assertThat(news.toUser()).isEqualTo("oUser");
    }

    @Test
    void videoAndTransferRepliesCannotBeSentLate() {
        InboundMessage m = new Text("gh_1", "oUser", clock.instant(), 1, "hi");
        assertThatThrownBy(() -> CustomerServiceReplies.of(Reply.video(m, "V", null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("thumb_media_id");
        assertThatThrownBy(() -> CustomerServiceReplies.of(Reply.transferCustomerService(m)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("passive");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
