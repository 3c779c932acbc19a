package io.wxkit.emulator.internal.callback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.FakeApp;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WeChatAlgorithms;
import io.wxkit.emulator.WxEmulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deliveries to the app's callback URL, checked with the vector-verified reference algorithms. */
class CallbackDeliveryTest {
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String TOKEN = "pamtest";
    private WxEmulator emulator;
    private FakeApp app;
    private TestHttp http;
    private String originalId;

    @BeforeEach
    void start() {
        emulator = WxEmulator.builder().callbackTimeout(Duration.ofMillis(2000)).start();
        app = new FakeApp();
        http = new TestHttp(emulator.baseUrl());
    }

    @AfterEach
    void stop() {
        app.close();
        emulator.close();
    }

    private String userOf(String mode) {
        originalId = http.post("/emulator/accounts", "{\"appId\":\"wxb11529c136998cb6\",\"secret\":\"s\",\"token\":\""
                + TOKEN + "\",\"encodingAesKey\":\"" + AES_KEY + "\",\"callbackUrl\":\"" + app.url("/wx")
                + "\",\"mode\":\"" + mode + "\"}").json().get("originalId").asText();
        return http.post("/emulator/users", "{\"appId\":\"wxb11529c136998cb6\",\"nickname\":\"Alice\"}").json()
                .get("openid").asText();
    }

    private static String textReply(String to, String from, String content) {
        return "<xml><ToUserName><![CDATA[" + to + "]]></ToUserName><FromUserName><![CDATA[" + from
                + "]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[" + content + "]]></Content></xml>";
    }

    @Test
    void plainFollowIsSignedLikeWeChatAndTheReplyLandsInTheInbox() {
        String openid = userOf("plain");
        app.answer(r -> new FakeApp.Response(200, textReply(openid, originalId, "Welcome!")));
        JsonNode result = http.post("/emulator/users/" + openid + "/follow", "").json();
        assertThat(result.get("reply").get("msgType").asText()).isEqualTo("text");
        assertThat(result.get("reply").get("content").asText()).isEqualTo("Welcome!");
        assertThat(result.has("error")).isFalse();

        FakeApp.Received got = app.next();
        assertThat(got.query().get("signature")).isEqualTo(WeChatAlgorithms.sha1Sorted(TOKEN,
                got.query().get("timestamp"), got.query().get("nonce")));
        assertThat(got.query().get("openid")).isEqualTo(openid);
        assertThat(got.query()).doesNotContainKeys("encrypt_type", "msg_signature");
        assertThat(got.body()).contains("<ToUserName><![CDATA[" + originalId + "]]></ToUserName>")
                .contains("<FromUserName><![CDATA[" + openid + "]]></FromUserName>")
                .contains("<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event>");
        JsonNode inbox = http.get("/emulator/users/" + openid + "/inbox").json();
        assertThat(inbox.get(0).get("kind").asText()).isEqualTo("reply");
        assertThat(inbox.get(0).get("content").asText()).isEqualTo("Welcome!");
    }

    @Test
    void safeModeSendsTheEncryptedEnvelopeAndAcceptsAnEncryptedReply() {
        String openid = userOf("safe");
        app.answer(r -> {
            String reply = textReply(openid, originalId, "你好");
            String encrypt = WeChatAlgorithms.encrypt(AES_KEY, "wxb11529c136998cb6",
                    "0123456789abcdef".getBytes(StandardCharsets.UTF_8), reply);
            String sig = WeChatAlgorithms.sha1Sorted(TOKEN, "1700000001", "n1", encrypt);
            return new FakeApp.Response(200, "<xml><Encrypt><![CDATA[" + encrypt + "]]></Encrypt><MsgSignature><![CDATA["
                    + sig + "]]></MsgSignature><TimeStamp>1700000001</TimeStamp><Nonce><![CDATA[n1]]></Nonce></xml>");
        });
        http.post("/emulator/users/" + openid + "/follow", "");
        JsonNode result = http.post("/emulator/users/" + openid + "/messages",
                "{\"type\":\"text\",\"content\":\"hi <there> ]]> end\"}").json();
        assertThat(result.get("reply").get("content").asText()).isEqualTo("你好");

        app.next();
        FakeApp.Received got = app.next();
        assertThat(got.query().get("encrypt_type")).isEqualTo("aes");
        String encrypt = got.body().replaceAll("(?s).*<Encrypt><!\\[CDATA\\[(.*?)]]></Encrypt>.*", "$1");
        assertThat(got.body()).doesNotContain("hi <there>").contains("<ToUserName><![CDATA[" + originalId);
        assertThat(got.query().get("msg_signature")).isEqualTo(WeChatAlgorithms.sha1Sorted(TOKEN,
                got.query().get("timestamp"), got.query().get("nonce"), encrypt));
        String[] plain = WeChatAlgorithms.decrypt(AES_KEY, encrypt);
        assertThat(plain[1]).isEqualTo("wxb11529c136998cb6");
        assertThat(plain[0]).contains("<MsgType><![CDATA[text]]></MsgType>")
                .contains("<Content><![CDATA[hi <there> ]]]]><![CDATA[> end]]></Content>").contains("<MsgId>");
    }

    @Test
    void compatModeSendsPlainFieldsAndTheEncryptElement() {
        String openid = userOf("compat");
        http.post("/emulator/users/" + openid + "/follow", "");
        FakeApp.Received got = app.next();
        assertThat(got.body()).contains("<Event><![CDATA[subscribe]]></Event>").contains("<Encrypt><![CDATA[");
        assertThat(got.query().get("encrypt_type")).isEqualTo("aes");
    }

    @Test
    void aPlainReplyInSafeModeIsAnError() {
        String openid = userOf("safe");
        app.answer(r -> new FakeApp.Response(200, textReply(openid, originalId, "plain")));
        JsonNode result = http.post("/emulator/users/" + openid + "/follow", "").json();
        assertThat(result.get("reply").isNull()).isTrue();
        assertThat(result.get("error").asText()).contains("not encrypted");
    }

    @Test
    void anEncryptedReplyWithABadSignatureIsAnError() {
        String openid = userOf("safe");
        app.answer(r -> {
            String encrypt = WeChatAlgorithms.encrypt(AES_KEY, "wxb11529c136998cb6", new byte[16],
                    textReply(openid, originalId, "x"));
            return new FakeApp.Response(200, "<xml><Encrypt><![CDATA[" + encrypt + "]]></Encrypt><MsgSignature>"
                    + "<![CDATA[0000000000000000000000000000000000000000]]></MsgSignature><TimeStamp>1</TimeStamp>"
                    + "<Nonce><![CDATA[n]]></Nonce></xml>");
        });
        JsonNode result = http.post("/emulator/users/" + openid + "/follow", "").json();
        assertThat(result.get("reply").isNull()).isTrue();
        assertThat(result.get("error").asText()).contains("MsgSignature");
    }

    @Test
    void notXmlHttp500AndDoctypeAreErrors() {
        String openid = userOf("plain");
        app.answer(r -> new FakeApp.Response(200, "{\"json\":true}"));
        assertThat(http.post("/emulator/users/" + openid + "/follow", "").json().get("error").asText())
                .contains("not well-formed");
        app.answer(r -> new FakeApp.Response(500, "boom"));
        assertThat(http.post("/emulator/users/" + openid + "/messages", "{\"type\":\"text\",\"content\":\"a\"}")
                .json().get("error").asText()).isEqualTo("callback answered HTTP 500");
        app.answer(r -> new FakeApp.Response(200, "<!DOCTYPE x [<!ENTITY e \"e\">]><xml><MsgType>text</MsgType></xml>"));
        assertThat(http.post("/emulator/users/" + openid + "/messages", "{\"type\":\"text\",\"content\":\"a\"}")
                .json().get("error").asText()).contains("DOCTYPE");
    }

    @Test
    void aSlowAppIsCutOffAtTheTimeoutNotAHang() throws InterruptedException {
        String openid = userOf("plain");
        CountDownLatch release = new CountDownLatch(1);
        app.answer(r -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new FakeApp.Response(200, "success");
        });
        long t0 = System.nanoTime();
        JsonNode result = http.post("/emulator/users/" + openid + "/follow", "").json();
        release.countDown();
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(4500);
        assertThat(result.get("reply").isNull()).isTrue();
        assertThat(result.get("error").asText()).isEqualTo("no answer within 2000 ms");
    }

    @Test
    void successAndEmptyMeanNoReply() {
        String openid = userOf("plain");
        JsonNode result = http.post("/emulator/users/" + openid + "/follow", "").json();
        assertThat(result.get("reply").isNull()).isTrue();
        assertThat(result.has("error")).isFalse();
        assertThat(http.get("/emulator/users/" + openid + "/inbox").body()).isEqualTo("[]");
    }

    @Test
    void aNewsReplyIsDecodedIntoArticles() {
        String openid = userOf("plain");
        app.answer(r -> new FakeApp.Response(200, "<xml><ToUserName><![CDATA[" + openid + "]]></ToUserName>"
                + "<FromUserName><![CDATA[" + originalId + "]]></FromUserName><CreateTime>1</CreateTime>"
                + "<MsgType><![CDATA[news]]></MsgType><ArticleCount>1</ArticleCount><Articles><item>"
                + "<Title><![CDATA[T]]></Title><Description><![CDATA[D]]></Description><PicUrl><![CDATA[http://p]]>"
                + "</PicUrl><Url><![CDATA[http://u]]></Url></item></Articles></xml>"));
        JsonNode reply = http.post("/emulator/users/" + openid + "/follow", "").json().get("reply");
        assertThat(reply.get("msgType").asText()).isEqualTo("news");
        assertThat(reply.get("articles").get(0).get("title").asText()).isEqualTo("T");
        assertThat(reply.get("articles").get(0).get("url").asText()).isEqualTo("http://u");
    }

    @Test
    void anAccountWithoutCallbackUrlAnswersAnErrorNotAHang() {
        http.post("/emulator/accounts", "{\"appId\":\"wx2\",\"secret\":\"s\",\"token\":\"tok123\"}");
        String openid = http.post("/emulator/users", "{\"appId\":\"wx2\"}").json().get("openid").asText();
        JsonNode result = http.post("/emulator/users/" + openid + "/follow", "").json();
        assertThat(result.get("error").asText()).contains("no callbackUrl");
        assertThat(http.get("/emulator/users/" + openid).json().get("subscribed").asBoolean()).isTrue();
    }
}
