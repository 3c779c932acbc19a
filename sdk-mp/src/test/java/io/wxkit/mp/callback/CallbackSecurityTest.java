package io.wxkit.mp.callback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.Reply;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Forgery, replay, wrong account and hostile bodies: refused with a 4xx, never routed. */
class CallbackSecurityTest {
    private final TestClock clock = TestClock.at(1_700_000_000L);
    private final WeChat wechat = new WeChat(clock);
    private final AtomicInteger routed = new AtomicInteger();
    private final CallbackHandler handler = CallbackHandler.builder(WeChat.APP_ID, WeChat.TOKEN, WeChat.AES_KEY)
            .mode(CallbackMode.COMPATIBLE).plaintextReplies(true)
            .clock(clock)
            .rule(Rule.on(InboundMessage.class).reply(m -> {
                routed.incrementAndGet();
                return Reply.text(m, "ok");
            }))
            .build();
    private final Logger log = (Logger) LoggerFactory.getLogger(CallbackHandler.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    private Level levelBefore;

    @BeforeEach
    void captureLogs() {
        levelBefore = log.getLevel();
        log.setLevel(Level.DEBUG); // refusals before authentication log at DEBUG
        logged.start();
        log.addAppender(logged);
    }

    @AfterEach
    void releaseLogs() {
        log.detachAppender(logged);
        log.setLevel(levelBefore);
    }

    @Test
    void aForgedPlainSignatureIsRefusedWith403AndNothingIsRouted() {
        CallbackRequest genuine = wechat.plain(Shared.sample("inbound-text.xml"));
        Map<String, String> q = new HashMap<>(genuine.query());
        String sig = q.get("signature");
        q.put("signature", sig.substring(0, 39) + (sig.charAt(39) == '0' ? '1' : '0'));

        CallbackResponse r = handler.handle(CallbackRequest.of("POST", q, genuine.body()));

        assertThat(r.status()).isEqualTo(403);
        assertThat(routed).hasValue(0);
    }

    @Test
    void aPlainBodySignedForAnotherTokenIsRefused() {
        CallbackHandler other = CallbackHandler.builder(WeChat.APP_ID, "anotherToken", null).clock(clock)
                .on(InboundMessage.class, m -> { routed.incrementAndGet(); return null; }).build();
        assertThat(other.handle(wechat.plain(Shared.sample("inbound-text.xml"))).status()).isEqualTo(403);
        assertThat(routed).hasValue(0);
    }

    @Test
    void aPlainPostWithoutSignatureIsRefused() {
        CallbackResponse r = handler.handle(CallbackRequest.of("POST", Map.of(), Shared.sample("inbound-text.xml")));
        assertThat(r.status()).isEqualTo(403);
        assertThat(routed).hasValue(0);
    }

    @Test
    void aTamperedMsgSignatureIsRefusedBeforeDecrypting() {
        Map<String, String> q = vectorQuery("mp-msgcrypt-neg-tampered-signature");
        CallbackResponse r = handler.handle(CallbackRequest.of("POST", q, envelope("mp-msgcrypt-neg-tampered-signature")));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).isEqualTo("SIGNATURE_MISMATCH");
        assertThat(routed).hasValue(0);
    }

    @Test
    void aTamperedCiphertextIsRefused() {
        Map<String, String> q = vectorQuery("mp-msgcrypt-neg-tampered-ciphertext");
        CallbackResponse r = handler.handle(CallbackRequest.of("POST", q, envelope("mp-msgcrypt-neg-tampered-ciphertext")));
        assertThat(r.status()).isEqualTo(403);
        assertThat(routed).hasValue(0);
    }

    @Test
    void aMessageEncryptedForAnotherAppIdIsRefused() {
        Map<String, String> q = vectorQuery("mp-msgcrypt-neg-wrong-appid");
        CallbackResponse r = handler.handle(CallbackRequest.of("POST", q, envelope("mp-msgcrypt-neg-wrong-appid")));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).isEqualTo("APPID_MISMATCH");
        assertThat(routed).hasValue(0);
    }

    @Test
    void badPaddingAndLengthOverflowAreRefusedAsMalformed() {
        for (String id : new String[] {"mp-msgcrypt-neg-bad-padding", "mp-msgcrypt-neg-length-overflow"}) {
            CallbackResponse r = handler.handle(CallbackRequest.of("POST", vectorQuery(id), envelope(id)));
            assertThat(r.status()).as(id).isEqualTo(400);
        }
        assertThat(routed).hasValue(0);
    }

    @Test
    void aReplayOutsideTheTimestampWindowIsRefused() {
        CallbackRequest captured = wechat.plain(Shared.sample("inbound-text.xml"));
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        CallbackResponse r = handler.handle(captured);

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).isEqualTo("TIMESTAMP_OUT_OF_WINDOW");
        assertThat(routed).hasValue(0);
    }

    @Test
    void aRequestInsideAConfiguredWindowIsAcceptedAndOneOutsideIsNot() {
        CallbackHandler strict = CallbackHandler.builder(WeChat.APP_ID, WeChat.TOKEN, WeChat.AES_KEY).clock(clock)
                .timestampWindow(Duration.ofSeconds(30))
                .on(InboundMessage.class, m -> { routed.incrementAndGet(); return null; }).build();
        CallbackRequest first = wechat.safe(Shared.sample("event-click.xml"));
        CallbackRequest second = wechat.safe(Shared.sample("inbound-text.xml"));
        clock.advance(Duration.ofSeconds(30));
        assertThat(strict.handle(first).status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(1));
        assertThat(strict.handle(second).status()).isEqualTo(403);
        assertThat(routed).hasValue(1);
    }

    @Test
    void aTimestampFromTheFutureBeyondTheWindowIsRefused() {
        clock.advance(Duration.ofMinutes(10));
        CallbackRequest future = wechat.plain(Shared.sample("inbound-text.xml"));
        clock.advance(Duration.ofMinutes(-10));
        assertThat(handler.handle(future).status()).isEqualTo(403);
    }

    @Test
    void aMalformedBodyIsRefusedWith400AndLoggedOnceWithoutSecrets() {
        CallbackRequest bad = wechat.plain("<xml><ToUserName>broken");
        CallbackResponse r = handler.handle(bad);

        assertThat(r.status()).isEqualTo(400);
        assertThat(routed).hasValue(0);
        assertThat(logged.list).hasSize(1);
        String line = logged.list.get(0).getFormattedMessage();
        assertThat(line).contains("400").doesNotContain(WeChat.TOKEN).doesNotContain(bad.param("signature"))
                .doesNotContain("broken");
        assertThat(logged.list.get(0).getThrowableProxy()).isNull();
    }

    @Test
    void aDoctypeIsRefusedOutright() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><ToUserName>a</ToUserName><FromUserName>b</FromUserName><CreateTime>1</CreateTime>"
                + "<MsgType>text</MsgType><Content>&x;</Content><MsgId>1</MsgId></xml>";
        assertThat(handler.handle(wechat.plain(xxe)).status()).isEqualTo(400);
        assertThat(handler.handle(wechat.safe(xxe)).status()).isEqualTo(400);
        assertThat(routed).hasValue(0);
    }

    @Test
    void anEncryptedCallbackToAPlainOnlyAccountIsRefused() {
        CallbackHandler plainOnly = CallbackHandler.builder(null, WeChat.TOKEN, null).clock(clock).build();
        assertThat(plainOnly.handle(wechat.safe(Shared.sample("inbound-text.xml"))).status()).isEqualTo(400);
    }

    private Map<String, String> vectorQuery(String id) {
        clock.advance(Duration.ofSeconds(Long.parseLong(Shared.vector(id, "timestamp")) - clock.instant().getEpochSecond()));
        Map<String, String> q = new HashMap<>();
        q.put("timestamp", Shared.vector(id, "timestamp"));
        q.put("nonce", Shared.vector(id, "nonce"));
        q.put("encrypt_type", "aes");
        q.put("msg_signature", Shared.vector(id, "msg_signature"));
        return q;
    }

    private static String envelope(String id) {
        return "<xml><ToUserName><![CDATA[gh_123456789abc]]></ToUserName><Encrypt><![CDATA["
                + Shared.vector(id, "encrypt") + "]]></Encrypt></xml>";
    }
}
