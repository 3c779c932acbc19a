package io.wxkit.core.crypto;

import io.wxkit.core.internal.crypto.Hex;
import io.wxkit.core.internal.crypto.ConstantTime;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.message.Article;
import io.wxkit.core.message.Click;
import io.wxkit.core.message.EncryptedEnvelope;
import io.wxkit.core.message.Event;
import io.wxkit.core.message.InboundMessage;
import io.wxkit.core.message.MessageCodec;
import io.wxkit.core.message.Reply;
import io.wxkit.core.internal.message.ReplyEnvelope;
import io.wxkit.core.message.Text;
import io.wxkit.core.message.Unknown;
import io.wxkit.core.message.WxCallbackException;
import io.wxkit.core.message.WxCallbackException.Reason;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The {@code <pre>} examples of the crypto and message Javadoc, compiled and run (STYLE §13). */
class JavadocSnippetsTest {
    private static final String TOKEN = "pamtest";
    private static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String APP_ID = "wxb11529c136998cb6";
    private final Clock clock = Clock.systemUTC();
    private final String xml = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[oUser]]></FromUserName>"
            + "<CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hi]]></Content>"
            + "<MsgId>1</MsgId></xml>";

    @Test
    void hexAndConstantTimeSnippets() throws Exception {
        byte[] sha1Bytes = java.security.MessageDigest.getInstance("SHA-1").digest(new byte[0]);
        String sig = Hex.encode(sha1Bytes);
        byte[] raw = Hex.decode("76480565cbe2");
        String expectedSignature = sig;
        boolean ok = ConstantTime.equals(expectedSignature, sig);
        assertThat(raw).hasSize(6);
        assertThat(ok).isTrue();
    }

    @Test
    void callbackAndJsSdkSignatureSnippets() {
        String token = TOKEN;
        Map<String, String> q = Map.of("timestamp", "1409304348", "nonce", "xxxxxx",
                "signature", "76480565cbe296026c53aaacd1ad523a1ddba24f");
        boolean verified = false;
        if (CallbackSignature.verify(token, q.get("timestamp"), q.get("nonce"), q.get("signature"))) {
            verified = true;
        }
        assertThat(verified).isTrue();
        String ticket = "t";
        String nonceStr = "n";
        String timestamp = "1";
        String sig = JsSdkSignature.sign(ticket, nonceStr, timestamp, "https://example.com/page?id=1#top");
        assertThat(sig).isEqualTo(JsSdkSignature.sign(ticket, nonceStr, timestamp, "https://example.com/page?id=1"));
    }

    @Test
    void messageCryptAndEnvelopeSnippets() {
        String token = TOKEN;
        String encodingAesKey = KEY;
        String appId = APP_ID;
        MessageCodec codec = MessageCodec.create(clock);
        String timestamp = "1700000000";
        String nonce = "n1";
        String replyXml = codec.encode(Reply.text(codec.decode(xml), "ok"));
        String encrypted = MessageCrypt.create(token, encodingAesKey, appId).encrypt(xml);
        String body = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><Encrypt><![CDATA[" + encrypted + "]]></Encrypt></xml>";
        Map<String, String> q = Map.of("msg_signature", MessageCrypt.create(token, encodingAesKey, appId)
                .signature(timestamp, nonce, encrypted), "timestamp", timestamp, "nonce", nonce);

        EncryptedEnvelope env = codec.decodeEnvelope(body);
        MessageCrypt crypt = MessageCrypt.create(token, encodingAesKey, appId);
        String plain = crypt.decrypt(q.get("msg_signature"), q.get("timestamp"), q.get("nonce"), env.encrypt());
        String responseBody = crypt.encryptReply(replyXml, timestamp, nonce);
        assertThat(plain).isEqualTo(xml);
        assertThat(responseBody).contains("<MsgSignature>");

        String msgSignature = crypt.signature("1409304348", "xxxxxx", "msg_encrypt");
        String reply = new ReplyEnvelope("msg_encrypt", msgSignature, "1409304348", "xxxxxx").toXml();
        assertThat(reply).contains("<TimeStamp>1409304348</TimeStamp>");
    }

    @Test
    void messageModelSnippets() {
        MessageCodec codec = MessageCodec.create(clock);
        InboundMessage m = codec.decode(xml);
        Reply reply = null;
        if (m instanceof Text t) {
            reply = Reply.text(t, "you said " + t.content());
        }
        String body = codec.encode(Reply.text(m, "Hello"));
        String picUrl = "https://example.com/cover.jpg";
        String url = "https://example.com/about";
        Reply news = Reply.news(m, List.of(Article.of("Title", "Desc", picUrl, url)));
        Article a = Article.of("Welcome", "What we do", "https://example.com/cover.jpg", "https://example.com/about");
        assertThat(reply).isNotNull();
        assertThat(body).contains("Hello");
        assertThat(news.msgType()).isEqualTo("news");
        assertThat(a.title()).isEqualTo("Welcome");

        InboundMessage click = codec.decode(xml.replace("<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hi]]></Content>",
                "<MsgType>event</MsgType><Event>CLICK</Event><EventKey>NEWS</EventKey>"));
        boolean matched = false;
        if (click instanceof Event e && "NEWS".equals(e.eventKey())) {
            matched = true;
        }
        assertThat(matched).isTrue();
        assertThat(click).isInstanceOf(Click.class);

        InboundMessage other = codec.decode(xml.replace("<MsgType><![CDATA[text]]></MsgType>",
                "<MsgType>event</MsgType><Event>some_new_event</Event><Foo><Bar>v</Bar></Foo>"));
        String v = null;
        if (other instanceof Unknown u && "some_new_event".equals(u.event())) {
            v = u.field("Foo/Bar");
        }
        assertThat(v).isEqualTo("v");
    }

    @Test
    void callbackExceptionSnippet() {
        MessageCodec codec = MessageCodec.create();
        String xml = "<!DOCTYPE xml><xml/>";
        Reason seen = null;
        try {
            codec.decode(xml);
        } catch (WxCallbackException e) {
            if (e.reason() == Reason.SIGNATURE_MISMATCH) {
                seen = Reason.SIGNATURE_MISMATCH;
            } else {
                seen = e.reason();
            }
        }
        assertThat(seen).isEqualTo(Reason.FORBIDDEN_XML);
    }
}
