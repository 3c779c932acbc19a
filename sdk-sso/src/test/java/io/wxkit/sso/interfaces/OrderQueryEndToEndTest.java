package io.wxkit.sso.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.emulator.WxEmulator;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.callback.CallbackHandler;
import io.wxkit.mp.callback.CallbackRequest;
import io.wxkit.mp.callback.CallbackResponse;
import io.wxkit.mp.callback.LateReplySender;
import io.wxkit.sso.interfaces.testkit.FakeBusinessSystem;
import io.wxkit.sso.interfaces.testkit.FakeBusinessSystem.Behaviour;
import io.wxkit.sso.interfaces.testkit.InterfaceDb;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 16's done-when: "订单 <number>" configured through the registry's Java API only, a fake user of the
 * emulator sends it through the control API, the fake business system answers, the user sees the templated
 * reply; an unbound user gets the bind link; a slow system's answer arrives late, by customer service.
 */
class OrderQueryEndToEndTest {
    private static final String APP_ID = "wxBIZIFE2E0001";
    private static final String APP_SECRET = "bizife2esecret0123456789abcdef01";
    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(10)).build();

    @ParameterizedTest
    @EnumSource(InterfaceDb.class)
    void orderNumberToBusinessSystemToTemplatedReplyThroughTheEmulator(InterfaceDb db) throws Exception {
        CountDownLatch lateSent = new CountDownLatch(1);
        try (HikariDataSource ds = db.open("e2e"); WxEmulator wx = WxEmulator.start();
             MockWebServer app = new MockWebServer()) {
            app.start();
            wxUrl = wx.baseUrl();
            wx.control().account(APP_ID, APP_SECRET, "tok123", null, app.url("/wx").toString(),
                    io.wxkit.emulator.account.CallbackMode.PLAIN);
            WxMp mp = WxMp.builder().appId(APP_ID).secret(APP_SECRET).token("tok123").baseUrl(wx.baseUrl()).build();
            Bizif.start(ds).close();
            InterfaceDb.clean(ds);
            try (Bizif b = Bizif.start(ds, mp, x -> { });
                 FakeBusinessSystem erp = FakeBusinessSystem.start(b.registerErp().signingKey(), c ->
                         InterfaceJson.MAPPER.createObjectNode().put("status", "已发货")
                                 .put("eta", "12月5日").toString())) {
                // configuration through the registry's Java API only
                b.interfaces.registry().create(InterfaceSpec.builder("order-status",
                        Trigger.regex("订单\\s*(\\d{4,20})"), "erp")
                        .post(erp.url("/wx/order"), "{\"no\":\"{group1}\"}").timeout(Duration.ofSeconds(4))
                        .reply(ReplyTemplate.text("订单 {group1}：{answer.status}，预计 {answer.eta} 送达")).build(),
                        "admin:alice");
                LateReplySender kf = LateReplySender.customerService(mp.kf()::send);
                CallbackHandler callback = mp.callback().rule(b.interfaces.rule()).replyBudget(Duration.ofMillis(1200))
                        .lateReplies(reply -> {
                            kf.send(reply);
                            lateSent.countDown();
                        }).build();
                app.setDispatcher(new App(callback));

                String alice = user("Alice");
                b.bind(alice, "E-1001");
                JsonNode reply = send(alice, "订单 20240001");
                assertThat(reply.get("msgType").asText()).isEqualTo("text");
                assertThat(reply.get("content").asText()).isEqualTo("订单 20240001：已发货，预计 12月5日 送达");
                assertThat(erp.received()).singleElement().satisfies(c -> {
                    assertThat(c.signatureValid()).isTrue();
                    assertThat(c.body().get("account").asText()).isEqualTo("E-1001");
                    assertThat(c.body().at("/request/no").asText()).isEqualTo("20240001");
                });

                String bob = user("Bob");
                assertThat(send(bob, "订单 20240002").get("content").asText())
                        .startsWith("请先绑定账号：" + Bizif.BASE + "/authorize?client_id=erp&redirect_uri=");
                assertThat(erp.received()).hasSize(1);

                erp.behave(Behaviour.SLOW, Duration.ofMillis(2500));
                JsonNode slow = post("/emulator/users/" + alice + "/messages",
                        "{\"type\":\"text\",\"content\":\"订单 20240003\"}");
                assertThat(slow.get("reply").isNull()).as("WeChat got success in time").isTrue();
                assertThat(lateSent.await(10, TimeUnit.SECONDS)).isTrue();
                JsonNode late = lastInboxEntry(alice);
                assertThat(late.get("kind").asText()).isEqualTo("kf");
                assertThat(late.toString()).contains("订单 20240003：已发货");
            } finally {
                mp.close();
            }
        }
    }

    private String user(String nickname) throws IOException {
        String openid = post("/emulator/users", "{\"appId\":\"" + APP_ID + "\",\"nickname\":\"" + nickname + "\"}")
                .get("openid").asText();
        post("/emulator/users/" + openid + "/follow", "{}");
        return openid;
    }

    private JsonNode send(String openid, String content) throws IOException {
        JsonNode answer = post("/emulator/users/" + openid + "/messages", InterfaceJson.MAPPER.createObjectNode()
                .put("type", "text").put("content", content).toString());
        assertThat(answer.get("reply").isObject()).as(answer.toString()).isTrue();
        return answer.get("reply");
    }

    private JsonNode lastInboxEntry(String openid) throws IOException {
        JsonNode inbox = call(new Request.Builder().url(wxUrl + "/emulator/users/" + openid + "/inbox").get().build());
        return inbox.get(inbox.size() - 1);
    }

    private String wxUrl;

    private JsonNode post(String path, String json) throws IOException {
        return call(new Request.Builder().url(wxUrl + path).post(RequestBody.create(json, JSON)).build());
    }

    private JsonNode call(Request request) throws IOException {
        try (Response r = http.newCall(request).execute()) {
            String body = r.body().string();
            assertThat(r.code()).as(request.url() + " " + body).isBetween(200, 299);
            return InterfaceJson.MAPPER.readTree(body);
        }
    }

    /** The app's callback URL: hands each delivery to the framework-free handler. */
    private static final class App extends Dispatcher {
        private final CallbackHandler callback;

        App(CallbackHandler callback) {
            this.callback = callback;
        }

        @Override
        public MockResponse dispatch(RecordedRequest r) {
            Map<String, String> query = new HashMap<>();
            for (String name : r.getUrl().queryParameterNames()) {
                query.put(name, r.getUrl().queryParameter(name));
            }
            String body = r.getBody() == null ? "" : r.getBody().string(StandardCharsets.UTF_8);
            CallbackResponse answer = callback.handle(CallbackRequest.of(r.getMethod(), query, body));
            return new MockResponse.Builder().code(answer.status()).addHeader("Content-Type", answer.contentType())
                    .body(answer.body()).build();
        }
    }
}
