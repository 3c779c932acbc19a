package io.wxkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class ApiCallListenerTest {
    @StartStop
    final MockWebServer server = new MockWebServer();
    final List<ApiCall> calls = new CopyOnWriteArrayList<>();

    ApiClient client(ApiCallListener listener) {
        return ApiClient.builder().baseUrl(server.url("/").toString()).sleeper(d -> { }).listener(listener).build()
                .withTokens(new FakeTokens());
    }

    @Test
    void seesEachFinishedCallOnceWithItsEndpointErrcodeAndLatencyRetriesIncluded() {
        server.enqueue(ApiClientTest.json("{\"errcode\":-1,\"errmsg\":\"system busy\"}"));
        server.enqueue(ApiClientTest.json("{\"subscribe\":1}"));
        server.enqueue(ApiClientTest.json("{\"errcode\":40003,\"errmsg\":\"invalid openid\"}"));
        ApiClient api = client(endpoint -> calls::add);

        api.get("cgi-bin/user/info", Map.of("openid", "o1"), JsonNode.class);
        assertThatThrownBy(() -> api.get("cgi-bin/user/info", Map.of("openid", "bad"), JsonNode.class))
                .isInstanceOf(WxApiException.class);

        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).endpoint()).contains("/cgi-bin/user/info");
        assertThat(calls.get(0).succeeded()).isTrue();
        assertThat(calls.get(0).httpStatus()).isEqualTo(200);
        assertThat(calls.get(0).latency()).isPositive();
        assertThat(calls.get(1).errcode()).isEqualTo(40003);
        assertThat(calls.get(1).succeeded()).isFalse();
        assertThat(calls.toString()).doesNotContain("TOKEN-1");
    }

    @Test
    void aFailingListenerDoesNotChangeTheCallsOutcome() {
        server.enqueue(ApiClientTest.json("{\"subscribe\":1}"));
        JsonNode n = client(endpoint -> c -> {
            throw new IllegalStateException("meter registry down");
        }).get("cgi-bin/user/info", Map.of("openid", "o1"), JsonNode.class);
        assertThat(n.path("subscribe").asInt()).isEqualTo(1);
    }

    @Test
    void aListenerThatFailsToStartDoesNotChangeTheCallEither() {
        server.enqueue(ApiClientTest.json("{\"subscribe\":1}"));
        JsonNode n = client(endpoint -> {
            throw new IllegalStateException("no registry");
        }).get("cgi-bin/user/info", Map.of("openid", "o1"), JsonNode.class);
        assertThat(n.path("subscribe").asInt()).isEqualTo(1);
    }

    @Test
    void anHttpErrorStatusIsNotASuccessEvenWithoutAnErrcode() {
        for (int i = 0; i < 10; i++) { // every retry answers the same
            server.enqueue(new MockResponse.Builder().code(502).body("<html>Bad Gateway</html>").build());
        }
        assertThatThrownBy(() -> client(endpoint -> calls::add).get("cgi-bin/user/info", Map.of("openid", "o1"), JsonNode.class))
                .isInstanceOf(WxApiException.class);
        assertThat(calls).singleElement().satisfies(c -> {
            assertThat(c.httpStatus()).isEqualTo(502);
            assertThat(c.transportFailure()).isFalse();
            assertThat(c.succeeded()).isFalse();
        });
    }

    @Test
    void reportsTransportFailures() {
        ApiClient api = ApiClient.builder().baseUrl("http://127.0.0.1:1/").fallbackUrls(List.of()).sleeper(d -> { })
                .connectTimeout(Duration.ofMillis(200)).listener(endpoint -> calls::add).build().withTokens(new FakeTokens());
        assertThatThrownBy(() -> api.get("cgi-bin/user/info", Map.of(), JsonNode.class)).isInstanceOf(WxApiException.class);
        assertThat(calls).singleElement().satisfies(c -> {
            assertThat(c.transportFailure()).isTrue();
            assertThat(c.succeeded()).isFalse();
        });
    }
}
