package io.wxkit.mp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.RetryPolicy;
import io.wxkit.core.http.WxApiException;
import io.wxkit.core.token.Credential;
import io.wxkit.mp.kf.KfMessage;
import io.wxkit.mp.mass.MassMessage;
import io.wxkit.mp.mass.MassTarget;
import io.wxkit.mp.template.TemplateMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, measured against a fake WeChat: template send on 502/504/-1, customer-service send on
 * 503 and {@code mass/sendall} to all followers on 504 each reached the server twice. With retries
 * on (the default policy), each of these sends now reaches WeChat exactly once and fails with an
 * unknown outcome; reads are still retried.
 */
class NonIdempotentSendsTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    WxMp mp;

    @BeforeEach
    void build() {
        mp = WxMp.builder().appId("wx0000000000000001")
                .externalTokens(() -> new Credential("ACCESS_TOKEN", Instant.parse("2100-01-01T00:00:00Z")))
                .baseUrl(server.url("/").toString())
                .retryPolicy(RetryPolicy.defaults().withBaseDelay(Duration.ofMillis(1)).withMaxDelay(Duration.ofMillis(5)))
                .build();
    }

    static MockResponse failure(String kind) {
        return switch (kind) {
            case "-1" -> new MockResponse.Builder().addHeader("Content-Type", "application/json")
                    .body("{\"errcode\":-1,\"errmsg\":\"system error\"}").build();
            default -> new MockResponse.Builder().code(Integer.parseInt(kind)).body("<html>" + kind + "</html>").build();
        };
    }

    static Stream<Arguments> sends() {
        Consumer<WxMp> template = mp -> mp.templates().send(TemplateMessage.to("OPENID", "TEMPLATE").data("thing1", "hi"));
        Consumer<WxMp> kf = mp -> mp.kf().send(KfMessage.text("OPENID", "Hello World"));
        Consumer<WxMp> sendAll = mp -> mp.mass().send(MassTarget.all(), MassMessage.text("to everyone"));
        return Stream.of("502", "503", "504", "-1").flatMap(kind -> Stream.of(
                Arguments.of(Named.of("template send", template), "/cgi-bin/message/template/send", kind),
                Arguments.of(Named.of("customer-service send", kf), "/cgi-bin/message/custom/send", kind),
                Arguments.of(Named.of("mass sendall", sendAll), "/cgi-bin/message/mass/sendall", kind)));
    }

    @ParameterizedTest(name = "{0} answered {2}")
    @MethodSource("sends")
    void anAmbiguousAnswerToASendIsNeverFollowedByASecondRequest(Consumer<WxMp> send, String path, String kind)
            throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(failure(kind));
        }

        assertThatThrownBy(() -> send.accept(mp)).isInstanceOfSatisfying(WxApiException.class, e -> {
            assertThat(e.isOutcomeUnknown()).isTrue();
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.endpoint()).isEqualTo("POST " + path);
        });
        assertThat(server.getRequestCount()).as("requests that reached WeChat").isEqualTo(1);
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo(path);
    }

    @Test
    void aTemplateSendWithAClientMsgIdIsRetriedBecauseWeChatSendsOncePerId() throws Exception {
        server.enqueue(failure("504"));
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":200228332}").build());

        long msgId = mp.templates().send(TemplateMessage.to("OPENID", "TEMPLATE").data("thing1", "hi")
                .clientMsgId("MSG_000001"));

        assertThat(msgId).isEqualTo(200228332L);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(server.takeRequest().getBody().utf8()).contains("\"client_msg_id\":\"MSG_000001\"");
        assertThat(server.takeRequest().getBody().utf8()).contains("\"client_msg_id\":\"MSG_000001\"");
    }

    @Test
    void aMassSendWhoseIdCannotBeConfirmedReportsTheIdToRetryWith() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(failure("504"));
        }

        assertThatThrownBy(() -> mp.mass().send(MassTarget.all(), MassMessage.text("hi").clientMsgId("weekly-48")))
                .isInstanceOfSatisfying(WxApiException.class, e -> {
                    assertThat(e.isOutcomeUnknown()).isTrue();
                    assertThat(e.clientMsgId()).contains("weekly-48");
                });
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aReadIsStillRetried() throws IOException {
        server.enqueue(failure("503"));
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"subscribe\":1,\"openid\":\"OPENID\",\"nickname\":\"\"}").build());

        assertThat(mp.users().get("OPENID").openid()).isEqualTo("OPENID");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }
}
