package io.wxkit.spring.mp;

import io.wxkit.core.crypto.CallbackSignature;
import io.wxkit.core.crypto.MessageCrypt;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Plays WeChat in the MockMvc tests: signs, encrypts and opens callback traffic of one account. */
final class WeChatSide {
    static final String AES = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final String appId;
    private final String token;
    private final MessageCrypt crypt;

    WeChatSide(String appId, String token) {
        this.appId = appId;
        this.token = token;
        this.crypt = MessageCrypt.create(token, AES, appId);
    }

    MockHttpServletRequestBuilder echo(String path, String echostr, boolean goodSignature) {
        String ts = now();
        String nonce = "e" + SEQ.incrementAndGet();
        String signature = goodSignature ? CallbackSignature.sign(token, ts, nonce) : CallbackSignature.sign("other", ts, nonce);
        return MockMvcRequestBuilders.get(path).param("signature", signature).param("timestamp", ts)
                .param("nonce", nonce).param("echostr", echostr);
    }

    MockHttpServletRequestBuilder encrypted(String path, String xml) {
        String ts = now();
        String nonce = "s" + SEQ.incrementAndGet();
        String encrypt = crypt.encrypt(xml);
        return MockMvcRequestBuilders.post(path).contentType(MediaType.TEXT_XML)
                .param("signature", CallbackSignature.sign(token, ts, nonce)).param("timestamp", ts).param("nonce", nonce)
                .param("encrypt_type", "aes").param("msg_signature", crypt.signature(ts, nonce, encrypt))
                .content("<xml><ToUserName><![CDATA[gh_123456789abc]]></ToUserName><Encrypt><![CDATA[" + encrypt
                        + "]]></Encrypt></xml>");
    }

    MockHttpServletRequestBuilder plain(String path, String xml) {
        String ts = now();
        String nonce = "p" + SEQ.incrementAndGet();
        return MockMvcRequestBuilders.post(path).contentType(MediaType.TEXT_XML)
                .param("signature", CallbackSignature.sign(token, ts, nonce)).param("timestamp", ts).param("nonce", nonce)
                .content(xml);
    }

    String open(String envelope) {
        return crypt.decrypt(element(envelope, "MsgSignature"), element(envelope, "TimeStamp"),
                element(envelope, "Nonce"), element(envelope, "Encrypt"));
    }

    static String text(String content) {
        return "<xml><ToUserName><![CDATA[gh_123456789abc]]></ToUserName><FromUserName><![CDATA[oUser1]]></FromUserName>"
                + "<CreateTime>" + now() + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + content
                + "]]></Content><MsgId>" + (1_000_000 + SEQ.incrementAndGet()) + "</MsgId></xml>";
    }

    static String click(String key) {
        return "<xml><ToUserName><![CDATA[gh_123456789abc]]></ToUserName><FromUserName><![CDATA[oUser1]]></FromUserName>"
                + "<CreateTime>" + (Instant.now().getEpochSecond() - SEQ.incrementAndGet()) + "</CreateTime>"
                + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[CLICK]]></Event><EventKey><![CDATA[" + key
                + "]]></EventKey></xml>";
    }

    static String element(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">(?:<!\\[CDATA\\[)?(.*?)(?:\\]\\]>)?</" + name + ">", Pattern.DOTALL).matcher(xml);
        if (!m.find()) {
            throw new AssertionError("no <" + name + "> in " + xml);
        }
        return m.group(1);
    }

    private static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }
}
