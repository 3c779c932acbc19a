package io.wxkit.mp.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Text;
import io.wxkit.mp.WxMp;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, safe-mode downgrade: the account's {@link CallbackMode} decides what a POST must be, never
 * the request's {@code encrypt_type}.
 */
class CallbackModeTest {
    private final TestClock clock = TestClock.at(1_700_000_000L);
    private final WeChat wechat = new WeChat(clock);
    private final AtomicInteger routed = new AtomicInteger();

    private CallbackBuilder builder(String aesKey) {
        return CallbackHandler.builder(WeChat.APP_ID, WeChat.TOKEN, aesKey).clock(clock)
                .rule(Rule.on(InboundMessage.class).reply(m -> {
                    routed.incrementAndGet();
                    return Reply.text(m, "your orders: 42, 43");
                }));
    }

    /** The measured attack: a forged plaintext message signed with a `signature` seen in one callback URL. */
    @Test
    void anAccountWithAnEncodingAesKeyRefusesAPlaintextPostWithTheUrlSignature() {
        CallbackHandler handler = builder(WeChat.AES_KEY).build();
        CallbackRequest seen = wechat.safe(Shared.sample("inbound-text.xml"));
        Map<String, String> forged = new HashMap<>(seen.query());
        forged.remove("encrypt_type");
        forged.remove("msg_signature");

        CallbackResponse r = handler.handle(CallbackRequest.of("POST", forged, Shared.sample("inbound-text.xml")));

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).doesNotContain("orders");
        assertThat(routed).hasValue(0);
    }

    @Test
    void safeModeRefusesEveryPostThatIsNotEncryptedAndSignedWithMsgSignature() {
        CallbackHandler handler = builder(WeChat.AES_KEY).mode(CallbackMode.SAFE).build();
        CallbackRequest genuine = wechat.safe(Shared.sample("inbound-text.xml"));
        List<Map<String, String>> variants = List.of(
                with(genuine.query(), "encrypt_type", "raw"),
                with(genuine.query(), "encrypt_type", null),
                with(genuine.query(), "msg_signature", null),
                with(genuine.query(), "msg_signature", ""));
        for (Map<String, String> q : variants) {
            assertThat(handler.handle(CallbackRequest.of("POST", q, genuine.body())).status()).as(q.toString())
                    .isEqualTo(403);
            assertThat(handler.handle(CallbackRequest.of("POST", q, Shared.sample("inbound-text.xml"))).status())
                    .isEqualTo(403);
        }
        assertThat(routed).hasValue(0);
        assertThat(handler.handle(genuine).status()).isEqualTo(200);
        assertThat(routed).hasValue(1);
    }

    @Test
    void safeModeStillAnswersTheUrlCheckSignedWithSignature() {
        CallbackHandler handler = builder(WeChat.AES_KEY).build();
        CallbackResponse r = handler.handle(wechat.echo("echo-123"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("echo-123");
    }

    @Test
    void theDefaultModeFollowsTheConfiguration() {
        assertThat(builder(WeChat.AES_KEY).resolvedMode()).isEqualTo(CallbackMode.SAFE);
        assertThat(builder(null).resolvedMode()).isEqualTo(CallbackMode.PLAIN);

        CallbackHandler plain = builder(null).build();
        assertThat(plain.handle(wechat.plain(Shared.sample("inbound-text.xml"))).body()).contains("orders");
        assertThat(plain.handle(wechat.safe(Shared.sample("event-click.xml"))).status()).isEqualTo(400);
    }

    @Test
    void anExplicitPlainModeRefusesEncryptedRequestsEvenWithAKey() {
        CallbackHandler handler = builder(WeChat.AES_KEY).mode(CallbackMode.PLAIN).build();
        assertThat(handler.handle(wechat.safe(Shared.sample("inbound-text.xml"))).status()).isEqualTo(400);
        assertThat(handler.handle(wechat.plain(Shared.sample("event-click.xml"))).body()).contains("orders");
        assertThat(routed).hasValue(1);
    }

    @Test
    void compatibleModeAnswersAnEncryptedRequestEncryptedIncludingTencentsCompatBody() {
        CallbackHandler handler = builder(WeChat.AES_KEY).mode(CallbackMode.COMPATIBLE).build();
        CallbackRequest envelope = wechat.safe(Shared.sample("inbound-text.xml"));
        String encrypt = WeChat.element(envelope.body(), "Encrypt");
        String compatBody = Shared.sample("inbound-text.xml").replace("</xml>",
                "<Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>");

        CallbackResponse r = handler.handle(CallbackRequest.of("POST", envelope.query(), compatBody));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("<Encrypt>").doesNotContain("orders");
        assertThat(WeChat.element(wechat.open(r.body()), "Content")).isEqualTo("your orders: 42, 43");
    }

    @Test
    void compatibleModeRoutesAPlainRequestButWithholdsItsReplyPassiveAndLate() {
        List<Reply> late = new CopyOnWriteArrayList<>();
        CallbackHandler handler = CallbackHandler.builder(WeChat.APP_ID, WeChat.TOKEN, WeChat.AES_KEY).clock(clock)
                .mode(CallbackMode.COMPATIBLE).lateReplies(late::add)
                .on(Text.class, m -> {
                    routed.incrementAndGet();
                    if (m.content().contains("slow")) {
                        clock.advance(Duration.ofSeconds(5)); // past the reply budget: the reply would go out late
                    }
                    return Reply.text(m, "your orders: 42, 43");
                }).build();

        CallbackResponse passive = handler.handle(wechat.plain(Shared.sample("inbound-text.xml")));
        CallbackResponse slow = handler.handle(wechat.plain(Shared.sample("inbound-text.xml")
                .replace("1234567890123456", "1234567890123457").replace("this is a test", "slow")));

        assertThat(passive.status()).isEqualTo(200);
        assertThat(passive.body()).isEqualTo("success");
        assertThat(slow.body()).isEqualTo("success");
        assertThat(routed).hasValue(2);
        assertThat(late).isEmpty();
    }

    @Test
    void compatibleModeWithPlaintextRepliesAnswersAPlainRequestInClear() {
        CallbackHandler handler = builder(WeChat.AES_KEY).mode(CallbackMode.COMPATIBLE).plaintextReplies(true).build();
        CallbackResponse r = handler.handle(wechat.plain(Shared.sample("inbound-text.xml")));
        assertThat(r.body()).contains("your orders: 42, 43").doesNotContain("<Encrypt>");
        CallbackResponse encrypted = handler.handle(wechat.safe(Shared.sample("event-click.xml")));
        assertThat(encrypted.body()).contains("<Encrypt>");
    }

    @Test
    void buildRefusesModesTheConfigurationCannotServe() {
        assertThatThrownBy(() -> builder(null).mode(CallbackMode.SAFE).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SAFE").hasMessageContaining("encodingAesKey");
        assertThatThrownBy(() -> builder(null).mode(CallbackMode.COMPATIBLE).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("COMPATIBLE");
        assertThatThrownBy(() -> builder(WeChat.AES_KEY).plaintextReplies(true).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("plaintextReplies");
        assertThatThrownBy(() -> builder(WeChat.AES_KEY).mode(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void mpCallbackOfAnAccountWithAnEncodingAesKeyIsSafe() {
        try (WxMp mp = WxMp.builder().appId(WeChat.APP_ID).secret("app-secret").token(WeChat.TOKEN)
                .encodingAesKey(WeChat.AES_KEY).build()) {
            CallbackHandler handler = mp.callback().clock(clock).on(Text.class, m -> Reply.text(m, "secret")).build();
            assertThat(handler.handle(wechat.plain(Shared.sample("inbound-text.xml"))).status()).isEqualTo(403);
            assertThat(handler.handle(wechat.safe(Shared.sample("inbound-text.xml"))).body()).contains("<Encrypt>");
        }
    }

    private static Map<String, String> with(Map<String, String> query, String name, String value) {
        Map<String, String> q = new HashMap<>(query);
        if (value == null) {
            q.remove(name);
        } else {
            q.put(name, value);
        }
        return q;
    }
}
