package io.wxkit.emulator.internal.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.emulator.FakeApp;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The control API's fake-user actions produce the XML WeChat sends (shared/reference/xml). */
class UserActionsTest {
    private WxEmulator emulator;
    private FakeApp app;
    private TestHttp http;
    private String token;
    private String openid;

    @BeforeEach
    void start() {
        emulator = WxEmulator.start();
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

    @Test
    void messagesCarryTheDocumentedElements() {
        http.post("/emulator/users/" + openid + "/follow", "");
        app.next();
        http.post("/emulator/users/" + openid + "/messages", "{\"type\":\"location\",\"lat\":23.134521,\"lng\":113.358803,\"label\":\"位置信息\"}");
        assertThat(app.next().body()).contains("<MsgType><![CDATA[location]]></MsgType><Location_X>23.134521</Location_X>"
                + "<Location_Y>113.358803</Location_Y><Scale>15</Scale><Label><![CDATA[位置信息]]></Label><MsgId>");
        http.post("/emulator/users/" + openid + "/messages", "{\"type\":\"link\",\"title\":\"T\",\"url\":\"http://u\"}");
        assertThat(app.next().body()).contains("<Title><![CDATA[T]]></Title>").contains("<Url><![CDATA[http://u]]></Url>");
        http.post("/emulator/users/" + openid + "/messages", "{\"type\":\"image\",\"picUrl\":\"http://p.png\"}");
        assertThat(app.next().body()).contains("<PicUrl><![CDATA[http://p.png]]></PicUrl><MediaId>");
        assertThat(http.post("/emulator/users/" + openid + "/messages", "{\"type\":\"voice\"}").status())
                .isEqualTo(400);
    }

    @Test
    void nonFollowersCannotMessageAndDoubleFollowIsAConflict() {
        assertThat(http.post("/emulator/users/" + openid + "/messages", "{\"type\":\"text\",\"content\":\"a\"}")
                .status()).isEqualTo(409);
        http.post("/emulator/users/" + openid + "/follow", "");
        assertThat(http.post("/emulator/users/" + openid + "/follow", "").status()).isEqualTo(409);
        assertThat(http.post("/emulator/users/nobody/follow", "").status()).isEqualTo(404);
    }

    @Test
    void menuClickAndViewDeliverClickAndViewEvents() {
        http.post("/cgi-bin/menu/create?access_token=" + token, "{\"button\":[{\"type\":\"click\",\"name\":\"News\","
                + "\"key\":\"NEWS\"},{\"type\":\"view\",\"name\":\"Site\",\"url\":\"https://example.com\"}]}");
        http.post("/emulator/users/" + openid + "/follow", "");
        app.next();
        assertThat(http.post("/emulator/users/" + openid + "/menu-click", "{\"key\":\"NEWS\"}").status()).isEqualTo(200);
        assertThat(app.next().body()).contains("<Event><![CDATA[CLICK]]></Event><EventKey><![CDATA[NEWS]]></EventKey>");
        http.post("/emulator/users/" + openid + "/menu-click", "{\"url\":\"https://example.com\"}");
        assertThat(app.next().body()).contains("<Event><![CDATA[VIEW]]></Event><EventKey><![CDATA[https://example.com]]>");
        assertThat(http.post("/emulator/users/" + openid + "/menu-click", "{\"key\":\"NOPE\"}").status()).isEqualTo(404);
    }

    @Test
    void scanSubscribesANonFollowerWithQrscenePrefixAndSendsScanToAFollower() {
        String ticket = http.post("/cgi-bin/qrcode/create?access_token=" + token, "{\"expire_seconds\":604800,"
                + "\"action_name\":\"QR_SCENE\",\"action_info\":{\"scene\":{\"scene_id\":123}}}").json()
                .get("ticket").asText();
        http.post("/emulator/users/" + openid + "/scan", "{\"scene\":\"123\"}");
        assertThat(app.next().body()).contains("<Event><![CDATA[subscribe]]></Event><EventKey><![CDATA[qrscene_123]]>"
                + "</EventKey><Ticket><![CDATA[" + ticket + "]]></Ticket>");
        http.post("/emulator/users/" + openid + "/scan", "{\"scene\":\"123\"}");
        assertThat(app.next().body()).contains("<Event><![CDATA[SCAN]]></Event><EventKey><![CDATA[123]]></EventKey>");
        TestHttp.Result png = http.get("/cgi-bin/showqrcode?ticket=" + java.net.URLEncoder.encode(ticket,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.headers().firstValue("X-Emulator-Scene")).contains("123");
    }

    @Test
    void unfollowDeliversUnsubscribeAndAnswersAnEmptyObject() {
        http.post("/emulator/users/" + openid + "/follow", "");
        app.next();
        TestHttp.Result r = http.post("/emulator/users/" + openid + "/unfollow", "");
        assertThat(r.body()).isEqualTo("{}");
        assertThat(app.next().body()).contains("<Event><![CDATA[unsubscribe]]></Event>");
        assertThat(http.get("/emulator/accounts/wx1/deliveries").json().size()).isEqualTo(2);
    }
}
