package io.wxkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11: a send that is not idempotent is never repeated by the pipeline when WeChat may have
 * carried it out (5xx, errcode -1, an answer lost after the request was written); the failure says
 * the outcome is unknown and names the dedup id to retry with. Reads keep their retries.
 */
class AmbiguousOutcomeTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    final List<Duration> slept = new ArrayList<>();

    ApiClient client() {
        return ApiClient.builder().baseUrl(server.url("/").toString()).sleeper(slept::add)
                .readTimeout(Duration.ofMillis(500)).build().withTokens(new FakeTokens());
    }

    static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }

    static Stream<Named<Supplier<MockResponse>>> ambiguousFailures() {
        return Stream.of(
                Named.of("HTTP 502", () -> new MockResponse.Builder().code(502).body("<html>bad gateway</html>").build()),
                Named.of("HTTP 503", () -> new MockResponse.Builder().code(503).body("busy").build()),
                Named.of("HTTP 504", () -> new MockResponse.Builder().code(504).body("<html>gateway timeout</html>").build()),
                Named.of("errcode -1", () -> json("{\"errcode\":-1,\"errmsg\":\"system error rid: 1-2-3\"}")),
                Named.of("answer lost after the request was read",
                        () -> new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build()),
                Named.of("read timeout", () -> new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body("{}").build()));
    }

    @ParameterizedTest
    @MethodSource("ambiguousFailures")
    void aTemplateSendIsSentOnceAndItsOutcomeIsReportedUnknown(Supplier<MockResponse> failure) {
        for (int i = 0; i < 3; i++) {
            server.enqueue(failure.get());
        }

        assertThatThrownBy(() -> client().post("cgi-bin/message/template/send", Map.of("touser", "OPENID")))
                .isInstanceOfSatisfying(WxApiException.class, e -> {
                    assertThat(e.isOutcomeUnknown()).isTrue();
                    assertThat(e.clientMsgId()).isEmpty();
                    assertThat(e.attempts()).isEqualTo(1);
                    assertThat(e.endpoint()).isEqualTo("POST /cgi-bin/message/template/send");
                    assertThat(e.getMessage()).endsWith("POST /cgi-bin/message/template/send (attempts=1, "
                            + "outcome unknown: no client_msg_id, a resend may repeat it)");
                });
        assertThat(server.getRequestCount()).as("requests that reached WeChat").isEqualTo(1);
        assertThat(slept).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("ambiguousFailures")
    void aReadIsStillRetried(Supplier<MockResponse> failure) {
        server.enqueue(failure.get());
        server.enqueue(json("{\"subscribe\":1,\"openid\":\"OPENID\"}"));

        JsonNode user = client().get("cgi-bin/user/info", Map.of("openid", "OPENID"), JsonNode.class);

        assertThat(user.path("openid").asText()).isEqualTo("OPENID");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("ambiguousFailures")
    void aSendWithAClientMsgIdIsRetriedAndTheIdIsReportedWhenAttemptsRunOut(Supplier<MockResponse> failure) {
        for (int i = 0; i < 3; i++) {
            server.enqueue(failure.get());
        }
        ApiRequest send = ApiRequest.post("cgi-bin/message/mass/sendall")
                .json(Map.of("msgtype", "text", "clientmsgid", "weekly-48")).clientMsgId("weekly-48");

        assertThatThrownBy(() -> client().call(send, JsonNode.class)).isInstanceOfSatisfying(WxApiException.class, e -> {
            assertThat(e.isOutcomeUnknown()).isTrue();
            assertThat(e.clientMsgId()).contains("weekly-48");
            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.getMessage()).endsWith("(attempts=3, outcome unknown: retry with client_msg_id=weekly-48)");
        });
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aDefiniteRefusalIsNotAnUnknownOutcome() {
        server.enqueue(json("{\"errcode\":45009,\"errmsg\":\"reach max api daily quota limit\"}"));

        assertThatThrownBy(() -> client().post("cgi-bin/message/template/send", Map.of("touser", "OPENID")))
                .isInstanceOfSatisfying(WxApiException.class, e -> {
                    assertThat(e.isOutcomeUnknown()).isFalse();
                    assertThat(e.getMessage()).doesNotContain("outcome");
                });
    }

    @Test
    void aSendThatNeverLeftIsRetriedAndIsNotUnknown() throws Exception {
        MockWebServer dead = new MockWebServer();
        dead.start();
        String deadUrl = dead.url("/").toString();
        dead.close();
        ApiClient api = ApiClient.builder().baseUrl(deadUrl).sleeper(slept::add).build().withTokens(new FakeTokens());

        assertThatThrownBy(() -> api.post("cgi-bin/message/custom/send", Map.of("touser", "OPENID")))
                .isInstanceOfSatisfying(WxApiException.class, e -> {
                    assertThat(e.isTransportFailure()).isTrue();
                    assertThat(e.attempts()).as("connection refused: retried, nothing was sent").isEqualTo(3);
                    assertThat(e.isOutcomeUnknown()).isFalse();
                });
    }

    @Test
    void anUntrustedClientMsgIdIsEscapedAndTruncatedInTheMessage() {
        String id = "line1\r\nInjected: yes" + "x".repeat(100);
        WxApiException e = WxApiException.httpStatus(504, "POST /cgi-bin/message/template/send").withOutcomeUnknown(id);

        assertThat(e.clientMsgId()).contains(id);
        assertThat(e.getMessage()).doesNotContain("\r").doesNotContain("\n").contains("line1??Injected: yes")
                .hasSizeLessThan(200);
    }
}
