package io.wxkit.mp.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.Reply;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every documented sample and every crypto vector, end to end through {@link CallbackHandler#handle}. */
class CallbackHandlerTest {
    private final TestClock clock = TestClock.at(1_700_000_000L);
    private final WeChat wechat = new WeChat(clock);
    private final AtomicReference<InboundMessage> routed = new AtomicReference<>();

    private CallbackHandler echoTypeHandler() {
        return CallbackHandler.builder(WeChat.APP_ID, WeChat.TOKEN, WeChat.AES_KEY)
                .mode(CallbackMode.COMPATIBLE).plaintextReplies(true).clock(clock)
                .rule(Rule.on(InboundMessage.class).reply(m -> {
                    routed.set(m);
                    return Reply.text(m, m.getClass().getSimpleName());
                }))
                .build();
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("inbound-text.xml", "Text"), Arguments.of("inbound-image.xml", "Image"),
                Arguments.of("inbound-voice.xml", "Voice"), Arguments.of("inbound-video.xml", "Video"),
                Arguments.of("inbound-shortvideo.xml", "ShortVideo"), Arguments.of("inbound-location.xml", "Location"),
                Arguments.of("inbound-link.xml", "Link"), Arguments.of("event-subscribe.xml", "Subscribe"),
                Arguments.of("event-subscribe-qrscene.xml", "Subscribe"), Arguments.of("event-unsubscribe.xml", "Unsubscribe"),
                Arguments.of("event-scan.xml", "Scan"), Arguments.of("event-location.xml", "LocationEvent"),
                Arguments.of("event-click.xml", "Click"), Arguments.of("event-view.xml", "View"),
                Arguments.of("event-templatesendjobfinish.xml", "TemplateSendJobFinish"),
                Arguments.of("event-masssendjobfinish.xml", "MassSendJobFinish"));
    }

    @ParameterizedTest(name = "{0} in plain mode")
    @MethodSource("samples")
    void everySampleIsRoutedEndToEndInPlainMode(String file, String type) {
        String xml = Shared.sample(file);
        CallbackResponse r = echoTypeHandler().handle(wechat.plain(xml));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/xml");
        assertThat(routed.get().getClass().getSimpleName()).isEqualTo(type);
        assertThat(WeChat.element(r.body(), "Content")).isEqualTo(type);
        assertThat(WeChat.element(r.body(), "ToUserName")).isEqualTo(WeChat.element(xml, "FromUserName"));
        assertThat(WeChat.element(r.body(), "CreateTime")).isEqualTo("1700000000");
    }

    @ParameterizedTest(name = "{0} in safe mode")
    @MethodSource("samples")
    void everySampleIsRoutedEndToEndInSafeMode(String file, String type) {
        String xml = Shared.sample(file);
        CallbackResponse r = echoTypeHandler().handle(wechat.safe(xml));

        assertThat(r.status()).isEqualTo(200);
        assertThat(routed.get().getClass().getSimpleName()).isEqualTo(type);
        assertThat(r.body()).doesNotContain(type);
        String reply = wechat.open(r.body());
        assertThat(WeChat.element(reply, "Content")).isEqualTo(type);
        assertThat(WeChat.element(r.body(), "TimeStamp")).isEqualTo("1700000000");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("computedVectors")
    void computedVectorsDecryptAndRoute(String id, String content) {
        clock.advance(java.time.Duration.ofSeconds(
                Long.parseLong(Shared.vector(id, "timestamp")) - clock.instant().getEpochSecond()));
        Map<String, String> q = new HashMap<>();
        q.put("timestamp", Shared.vector(id, "timestamp"));
        q.put("nonce", Shared.vector(id, "nonce"));
        q.put("encrypt_type", "aes");
        q.put("msg_signature", Shared.vector(id, "msg_signature"));
        CallbackResponse r = echoTypeHandler().handle(CallbackRequest.of("POST", q, Shared.vector(id, "inbound_post_body")));

        assertThat(r.status()).isEqualTo(200);
        assertThat(routed.get()).hasToString(content);
        assertThat(WeChat.element(wechat.open(r.body()), "Content")).isEqualTo(routed.get().getClass().getSimpleName());
    }

    static Stream<Arguments> computedVectors() {
        return Stream.of(
                Arguments.of("mp-msgcrypt-computed-1", "Text[toUser=oUser_abc, fromUser=gh_123456789abc, "
                        + "createTime=2023-11-14T22:13:20Z, msgId=0, content=hello]"),
                Arguments.of("mp-msgcrypt-computed-2", "Text[toUser=gh_123456789abc, fromUser=oUser_abc, "
                        + "createTime=2023-11-14T22:15:23Z, msgId=23456789012345678, content=你好，微信！🎉 order#42]"),
                Arguments.of("mp-msgcrypt-computed-3", "Subscribe[toUser=gh_123456789abc, fromUser=oUser_abc, "
                        + "createTime=2023-11-14T22:20:56Z, eventKey=qrscene_123123, ticket=TICKET]"));
    }

    @Test
    void tencentCompatSampleIsDecryptedFromEncryptIgnoringThePlaintextCopy() {
        String id = "mp-msgcrypt-tencent-spamtest-decrypt";
        TestClock at = TestClock.at(Long.parseLong(Shared.vector(id, "timestamp")));
        AtomicReference<String> content = new AtomicReference<>();
        CallbackHandler handler = CallbackHandler.builder(Shared.vector(id, "app_id"), Shared.vector(id, "token"),
                Shared.vector(id, "encoding_aes_key")).clock(at)
                .on(io.wxkit.core.message.Text.class, m -> {
                    content.set(m.content() + "/" + m.msgId());
                    return null;
                }).build();
        Map<String, String> q = new HashMap<>();
        q.put("timestamp", Shared.vector(id, "timestamp"));
        q.put("nonce", Shared.vector(id, "nonce"));
        q.put("encrypt_type", "aes");
        q.put("msg_signature", Shared.vector(id, "msg_signature"));

        CallbackResponse r = handler.handle(CallbackRequest.of("POST", q, Shared.vector(id, "post_body")));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("success");
        assertThat(content.get()).isEqualTo("abcdteT/6054768590064713728");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("echoVectors")
    void urlCheckEchoesTheEchostrOfEverySignatureVector(String id) {
        String token = Shared.vector(id, "token");
        String timestamp = Shared.vector(id, "timestamp");
        CallbackHandler handler = CallbackHandler.builder(null, token, null)
                .clock(TestClock.at(Long.parseLong(timestamp))).build();
        Map<String, String> q = Map.of("signature", Shared.vector(id, "signature"), "timestamp", timestamp,
                "nonce", Shared.vector(id, "nonce"), "echostr", Shared.vector(id, "echostr"));

        CallbackResponse r = handler.handle(CallbackRequest.of("GET", q, ""));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(Shared.vector(id, "response_body"));
    }

    static Stream<String> echoVectors() {
        return Stream.of("mp-server-sig-1", "mp-server-sig-2", "mp-server-sig-3");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEchoVectors")
    void urlCheckWithATamperedOrUpperCaseSignatureIsRefused(String id) {
        String timestamp = Shared.vector(id, "timestamp");
        CallbackHandler handler = CallbackHandler.builder(null, Shared.vector(id, "token"), null)
                .clock(TestClock.at(Long.parseLong(timestamp))).build();
        Map<String, String> q = Map.of("signature", Shared.vector(id, "signature"), "timestamp", timestamp,
                "nonce", Shared.vector(id, "nonce"), "echostr", Shared.vector(id, "echostr"));

        CallbackResponse r = handler.handle(CallbackRequest.of("GET", q, ""));

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).doesNotContain(Shared.vector(id, "echostr"));
    }

    static Stream<String> badEchoVectors() {
        return Stream.of("mp-server-sig-neg-tampered", "mp-server-sig-neg-uppercase");
    }

    @Test
    void unsignedUrlCheckIsRefused() {
        CallbackResponse r = echoTypeHandler().handle(CallbackRequest.of("GET", Map.of("echostr", "x"), ""));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).isNotEqualTo("x");
    }

    @Test
    void otherMethodsAreRefused() {
        assertThat(echoTypeHandler().handle(CallbackRequest.of("PUT", Map.of(), "")).status()).isEqualTo(405);
    }

    @Test
    void unmatchedMessagesAreAnsweredSuccess() {
        CallbackHandler handler = CallbackHandler.builder(WeChat.APP_ID, WeChat.TOKEN, WeChat.AES_KEY)
                .mode(CallbackMode.COMPATIBLE).plaintextReplies(true).clock(clock)
                .onEvent(io.wxkit.core.message.Click.class, "NEWS", e -> Reply.text(e, "news")).build();
        CallbackResponse r = handler.handle(wechat.plain(Shared.sample("inbound-text.xml")));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("success");
        assertThat(r.contentType()).startsWith("text/plain");
    }
}
