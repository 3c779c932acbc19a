package io.wxkit.emulator.internal.mp.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.FakeApp;
import io.wxkit.emulator.MutableClock;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MessageEndpointsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"));
    private WxEmulator emulator;
    private FakeApp app;
    private TestHttp http;
    private String token;
    private String openid;

    @BeforeEach
    void start() {
        emulator = WxEmulator.builder().clock(clock).start();
        app = new FakeApp();
        http = new TestHttp(emulator.baseUrl());
        http.post("/emulator/accounts", "{\"appId\":\"wx1\",\"secret\":\"s\",\"token\":\"tok123\",\"callbackUrl\":\""
                + app.url("/wx") + "\"}");
        token = http.get("/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=s").json()
                .get("access_token").asText();
        openid = http.post("/emulator/users", "{\"appId\":\"wx1\"}").json().get("openid").asText();
    }

    @AfterEach
    void stop() {
        app.close();
        emulator.close();
    }

    private JsonNode post(String path, String body) {
        return http.post(path + "?access_token=" + token, body).json();
    }

    private String template(String data) {
        return "{\"touser\":\"" + openid + "\",\"template_id\":\"ngqIpbwh8bUfcSsECmogfXcV14J0tQlEpBO27izEYtY\","
                + "\"url\":\"http://weixin.qq.com/download\",\"data\":" + data + "}";
    }

    @Test
    void templateMessageNeedsAFollowerLandsInTheInboxAndRaisesTheJobFinishedEvent() {
        assertThat(post("/cgi-bin/message/template/send", template("{\"thing1\":{\"value\":\"x\"}}"))
                .get("errcode").asInt()).isEqualTo(43004);
        http.post("/emulator/users/" + openid + "/follow", "");
        app.next();
        JsonNode ok = post("/cgi-bin/message/template/send", template("{\"thing1\":{\"value\":\"Meeting at 3pm\"}}"));
        assertThat(ok.get("errcode").asInt()).isZero();
        assertThat(ok.get("msgid").asLong()).isPositive();
        JsonNode inbox = http.get("/emulator/users/" + openid + "/inbox").json();
        assertThat(inbox.get(0).get("kind").asText()).isEqualTo("template");
        assertThat(inbox.get(0).get("data").get("thing1").get("value").asText()).isEqualTo("Meeting at 3pm");
        assertThat(app.next().body()).contains("<Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event>")
                .contains("<MsgID>" + ok.get("msgid").asLong() + "</MsgID>");
    }

    @Test
    void templateDataBreakingAKeyLimitIs47003NamingTheField() {
        http.post("/emulator/users/" + openid + "/follow", "");
        JsonNode r = post("/cgi-bin/message/template/send", template("{\"thing1\":{\"value\":\"" + "字".repeat(21) + "\"}}"));
        assertThat(r.get("errcode").asInt()).isEqualTo(47003);
        assertThat(r.get("errmsg").asText()).contains("data.thing1.value invalid");
        assertThat(post("/cgi-bin/message/template/send", template("{\"thing1\":{\"value\":\"x\"}}")
                .replace("ngqIpbwh8bUfcSsECmogfXcV14J0tQlEpBO27izEYtY", "")).get("errcode").asInt()).isEqualTo(40037);
    }

    @Test
    void customerServiceMessagesNeedTheFortyEightHourWindow() {
        String kf = "{\"touser\":\"" + openid + "\",\"msgtype\":\"text\",\"text\":{\"content\":\"Hello\"}}";
        http.post("/emulator/users/" + openid + "/follow", "");
        assertThat(post("/cgi-bin/message/custom/send", kf).get("errcode").asInt()).isZero();
        assertThat(http.get("/emulator/users/" + openid + "/inbox").json().get(0).get("content").asText())
                .isEqualTo("Hello");
        clock.advance(Duration.ofHours(48));
        token = http.get("/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=s").json()
                .get("access_token").asText();
        assertThat(post("/cgi-bin/message/custom/send", kf).get("errcode").asInt()).isEqualTo(45015);
        http.post("/emulator/users/" + openid + "/messages", "{\"type\":\"text\",\"content\":\"hi\"}");
        assertThat(post("/cgi-bin/message/custom/send", kf).get("errcode").asInt()).isZero();
        assertThat(post("/cgi-bin/message/custom/send", kf.replace("\"text\",\"text\"", "\"bogus\",\"bogus\""))
                .get("errcode").asInt()).isEqualTo(40008);
    }

    @Test
    void massSendReachesFollowersAndPushesMassSendJobFinish() {
        http.post("/emulator/users/" + openid + "/follow", "");
        app.next();
        String other = http.post("/emulator/users", "{\"appId\":\"wx1\"}").json().get("openid").asText();
        JsonNode r = post("/cgi-bin/message/mass/sendall", "{\"filter\":{\"is_to_all\":true},\"text\":{\"content\":"
                + "\"CONTENT\"},\"msgtype\":\"text\",\"clientmsgid\":\"c1\"}");
        assertThat(r.get("errcode").asInt()).isZero();
        assertThat(r.get("errmsg").asText()).isEqualTo("send job submission success");
        assertThat(http.get("/emulator/users/" + openid + "/inbox").json().get(0).get("kind").asText())
                .isEqualTo("mass");
        assertThat(http.get("/emulator/users/" + other + "/inbox").body()).isEqualTo("[]");
        String event = app.next().body();
        assertThat(event).contains("MASSSENDJOBFINISH").contains("<SentCount>1</SentCount>")
                .contains("<MsgID>" + r.get("msg_id").asLong() + "</MsgID>");
        assertThat(post("/cgi-bin/message/mass/get", "{\"msg_id\":" + r.get("msg_id").asLong() + "}")
                .get("msg_status").asText()).isEqualTo("SEND_SUCCESS");
        assertThat(post("/cgi-bin/message/mass/sendall", "{\"filter\":{\"is_to_all\":true},\"text\":{\"content\":"
                + "\"CONTENT\"},\"msgtype\":\"text\",\"clientmsgid\":\"c1\"}").get("errcode").asInt()).isEqualTo(45065);
        assertThat(post("/cgi-bin/message/mass/send", "{\"touser\":[\"" + openid + "\"],\"text\":{\"content\":\"x\"},"
                + "\"msgtype\":\"text\"}").get("errcode").asInt()).isEqualTo(40130);
    }
}
