package io.wxkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiClientTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    final List<Duration> slept = new ArrayList<>();
    final FakeTokens tokens = new FakeTokens();

    record Conditional(@JsonProperty("menuid") String menuId) {}

    ApiClient client() {
        return ApiClient.builder().baseUrl(server.url("/").toString()).sleeper(slept::add)
                .readTimeout(Duration.ofMillis(500)).build().withTokens(tokens);
    }

    static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json; encoding=utf-8").body(body).build();
    }

    @Test
    void getAttachesTheTokenAndTheQueryAndReadsTheAnswer() throws Exception {
        server.enqueue(json("{\"subscribe\":1,\"openid\":\"o6_bmjrPTlm6_2sgVt7hMZOPfL2M\"}"));

        JsonNode user = client().get("cgi-bin/user/info", Map.of("openid", "o6_bmjrPTlm6_2sgVt7hMZOPfL2M"), JsonNode.class);

        assertThat(user.path("subscribe").asInt()).isEqualTo(1);
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getUrl().encodedPath()).isEqualTo("/cgi-bin/user/info");
        assertThat(r.getUrl().queryParameter("access_token")).isEqualTo("TOKEN-1");
        assertThat(r.getUrl().queryParameter("openid")).isEqualTo("o6_bmjrPTlm6_2sgVt7hMZOPfL2M");
        assertThat(r.getUrl().querySize()).isEqualTo(2);
    }

    @Test
    void postSendsTheBodyAsJsonAndReadsTheDocumentedSample() throws Exception {
        server.enqueue(json("{\"menuid\":\"208379533\"}"));

        Conditional c = client().post("cgi-bin/menu/addconditional", Map.of("matchrule", Map.of("tag_id", "2")),
                Conditional.class);

        assertThat(c.menuId()).isEqualTo("208379533");
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getUrl().encodedPath()).isEqualTo("/cgi-bin/menu/addconditional");
        assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(r.getBody().utf8()).isEqualTo("{\"matchrule\":{\"tag_id\":\"2\"}}");
    }

    @Test
    void okErrcodeIsSuccessAndVoidOnlyChecksIt() {
        server.enqueue(json("{\"errcode\":0,\"errmsg\":\"ok\"}"));
        assertThat(client().call(ApiRequest.post("cgi-bin/menu/create").json(Map.of("button", List.of())), Void.class))
                .isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {40013, 40125, 45009, 48001, 40164, 40003, 47003, 45011})
    void nonRetryableErrcodesFailAtOnceWithWhatWeChatSaid(int errcode) {
        server.enqueue(json("{\"errcode\":" + errcode + ",\"errmsg\":\"bad thing rid: 65a1-2b3c-4d5e\"}"));

        assertThatThrownBy(() -> client().post("cgi-bin/menu/create", Map.of()))
                .isInstanceOfSatisfying(WxApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(errcode);
                    assertThat(e.errmsg()).isEqualTo("bad thing rid: 65a1-2b3c-4d5e");
                    assertThat(e.rid()).isEqualTo("65a1-2b3c-4d5e");
                    assertThat(e.endpoint()).isEqualTo("POST /cgi-bin/menu/create");
                    assertThat(e.attempts()).isEqualTo(1);
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.isTokenInvalid()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("errcode=" + errcode
                            + " errmsg=\"bad thing rid: 65a1-2b3c-4d5e\" rid=65a1-2b3c-4d5e POST /cgi-bin/menu/create (attempts=1)");
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(slept).isEmpty();
    }

    @Test
    void systemBusyIsRetriedWithinTheBudgetThenFails() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json("{\"errcode\":-1,\"errmsg\":\"system error\"}"));
        }

        // menu/create replaces the menu, so it is marked idempotent and -1 may be retried
        assertThatThrownBy(() -> client().call(ApiRequest.post("cgi-bin/menu/create").json(Map.of()).asIdempotent(),
                JsonNode.class))
                .isInstanceOfSatisfying(WxApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(-1);
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(e.isRetryable()).isTrue();
                });
        assertThat(server.getRequestCount()).isEqualTo(3);
        RetryPolicy p = RetryPolicy.defaults();
        assertThat(slept).hasSize(2);
        assertThat(slept.get(0)).isBetween(Duration.ZERO, p.ceiling(1));
        assertThat(slept.get(1)).isBetween(Duration.ZERO, p.ceiling(2));
    }

    @Test
    void systemBusyTwiceThenSuccessReturnsTheAnswer() {
        server.enqueue(json("{\"errcode\":-1,\"errmsg\":\"system error\"}"));
        server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
        server.enqueue(json("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":200228332}"));

        // with a client_msg_id WeChat sends once per id, so the send may be retried
        JsonNode answer = client().call(ApiRequest.post("cgi-bin/message/template/send")
                .json(Map.of("touser", "OPENID", "client_msg_id", "MSG_000001")).clientMsgId("MSG_000001"),
                JsonNode.class);

        assertThat(answer.path("msgid").asLong()).isEqualTo(200228332L);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void httpErrorStatusIsReportedWithoutErrcode() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(502).body("<html>bad gateway</html>").build());
        }
        assertThatThrownBy(() -> client().get("cgi-bin/menu/get", Map.of(), JsonNode.class))
                .isInstanceOfSatisfying(WxApiException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(502);
                    assertThat(e.errcode()).isZero();
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(e.getMessage()).isEqualTo("HTTP 502 GET /cgi-bin/menu/get (attempts=3)");
                });
    }

    @Test
    void lostAnswerOfAGetIsRetried() {
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(json("{\"button\":[]}"));

        assertThat(client().get("cgi-bin/menu/get", Map.of(), JsonNode.class).has("button")).isTrue();
        assertThat(slept).hasSize(1);
    }

    @Test
    void lostAnswerOfANonIdempotentPostIsNotRetried() {
        server.enqueue(new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body("{}").build());

        assertThatThrownBy(() -> client().post("cgi-bin/message/template/send", Map.of("touser", "OPENID")))
                .isInstanceOfSatisfying(WxApiException.class, e -> {
                    assertThat(e.isTransportFailure()).isTrue();
                    assertThat(e.attempts()).isEqualTo(1);
                    assertThat(e.getMessage()).startsWith("transport failure: SocketTimeoutException");
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void connectionFailureMovesToTheFallbackHost() throws Exception {
        MockWebServer dead = new MockWebServer();
        dead.start();
        String deadUrl = dead.url("/").toString();
        dead.close();
        server.enqueue(json("{\"errcode\":0,\"errmsg\":\"ok\"}"));
        ApiClient api = ApiClient.builder().baseUrl(deadUrl).fallbackUrls(List.of(server.url("/").toString()))
                .sleeper(slept::add).build().withTokens(tokens);

        api.post("cgi-bin/message/template/send", Map.of("touser", "OPENID"));

        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/cgi-bin/message/template/send");
    }

    @ParameterizedTest
    @ValueSource(ints = {40001, 40014, 42001})
    void rejectedTokenIsInvalidatedRefetchedAndRetriedOnce(int errcode) throws Exception {
        server.enqueue(json("{\"errcode\":" + errcode + ",\"errmsg\":\"invalid credential rid: 1\"}"));
        server.enqueue(json("{\"errcode\":0,\"errmsg\":\"ok\"}"));

        client().post("cgi-bin/menu/create", Map.of());

        assertThat(tokens.invalidated).containsExactly("TOKEN-1");
        assertThat(server.takeRequest().getUrl().queryParameter("access_token")).isEqualTo("TOKEN-1");
        assertThat(server.takeRequest().getUrl().queryParameter("access_token")).isEqualTo("TOKEN-2");
        assertThat(slept).isEmpty();
    }

    @Test
    void secondTokenRejectionFailsWithoutALoop() {
        server.enqueue(json("{\"errcode\":40001,\"errmsg\":\"invalid credential\"}"));
        server.enqueue(json("{\"errcode\":40001,\"errmsg\":\"invalid credential\"}"));
        server.enqueue(json("{\"errcode\":0,\"errmsg\":\"ok\"}"));

        assertThatThrownBy(() -> client().post("cgi-bin/menu/create", Map.of()))
                .isInstanceOfSatisfying(WxApiException.class, e -> {
                    assertThat(e.isTokenInvalid()).isTrue();
                    assertThat(e.attempts()).isEqualTo(2);
                    assertThat(e.getMessage()).isEqualTo(
                            "errcode=40001 errmsg=\"invalid credential\" POST /cgi-bin/menu/create (attempts=2)");
                });
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(tokens.invalidated).containsExactly("TOKEN-1");
    }

    @Test
    void tokenlessRequestCarriesNoAccessToken() throws Exception {
        server.enqueue(json("{\"access_token\":\"WEB\",\"expires_in\":7200,\"openid\":\"OPENID\"}"));

        client().call(ApiRequest.get("sns/oauth2/access_token").withoutToken().query("appid", "wx1")
                .query("code", "CODE"), JsonNode.class);

        assertThat(server.takeRequest().getUrl().queryParameter("access_token")).isNull();
    }

    @Test
    void tokenCallOnAClientWithoutTokensIsAConfigurationError() {
        ApiClient bare = ApiClient.builder().baseUrl(server.url("/").toString()).build();
        assertThatThrownBy(() -> bare.get("cgi-bin/menu/get", Map.of(), JsonNode.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("withTokens");
    }

    @Test
    void answerThatIsNotJsonIsUnusable() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html").body("<html/>").build());
        assertThatThrownBy(() -> client().post("cgi-bin/menu/create", Map.of()))
                .isInstanceOfSatisfying(WxApiException.class, e -> assertThat(e.errmsg()).contains("not a JSON object"));
    }
}
