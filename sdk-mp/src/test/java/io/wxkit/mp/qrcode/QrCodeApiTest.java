package io.wxkit.mp.qrcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.WxApiException;
import io.wxkit.mp.internal.WeChatMock;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link QrCodeApi}. Sources: https://developers.weixin.qq.com/doc/service/api/qrcode/qrcodes/api_createqrcode.md,
 * https://developers.weixin.qq.com/doc/service/en/api/qrcode/shorten/api_genshortkey.html and
 * .../api_fetchshorten.html (44002 "empty post data" is in the fetch page's error table).
 */
class QrCodeApiTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private WeChatMock wx() {
        return new WeChatMock(server);
    }

    @Test
    void createSendsTheDocumentedBodyAndReadsTheTicket() {
        WeChatMock wx = wx().json("{\"ticket\":\"gQH47joAAAAAAAAAASxodHRwOi8vd2VpeGluLnFxLmNvbS9xL2taZ2Z3TVRtNzJXV1Brb3ZhYmJJAAIEZ23sUwMEmm3sUw==\","
                + "\"expire_seconds\":60,\"url\":\"http://weixin.qq.com/q/kZgfwMTm72WWPkovabbI\"}");
        QrCodeTicket t = new QrCodeApi(wx.api()).create(QrCodeRequest.temporary(123, Duration.ofSeconds(604800)));
        wx.expectJson("/cgi-bin/qrcode/create",
                "{\"expire_seconds\":604800,\"action_name\":\"QR_SCENE\",\"action_info\":{\"scene\":{\"scene_id\":123}}}");
        assertThat(t.expire()).hasSeconds(60);
        assertThat(t.url()).isEqualTo("http://weixin.qq.com/q/kZgfwMTm72WWPkovabbI");
    }

    @Test
    void permanentStringSceneIsSentWithoutExpiry() {
        WeChatMock wx = wx().json("{\"ticket\":\"T\",\"url\":\"http://weixin.qq.com/q/x\"}");
        QrCodeTicket t = new QrCodeApi(wx.api()).create(QrCodeRequest.permanent("checkin-hall-a"));
        wx.expectJson("/cgi-bin/qrcode/create",
                "{\"action_name\":\"QR_LIMIT_STR_SCENE\",\"action_info\":{\"scene\":{\"scene_str\":\"checkin-hall-a\"}}}");
        assertThat(t.expire()).isNull();
        assertThat(new QrCodeApi(wx.api()).showUrl("T")).isEqualTo("https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=T");
    }

    @Test
    void showUrlFollowsTheConfiguredImagePage() {
        QrCodeApi emulator = new QrCodeApi(wx().api(), "http://127.0.0.1:9900/cgi-bin/showqrcode?ticket=");
        assertThat(emulator.showUrl("a+b")).isEqualTo("http://127.0.0.1:9900/cgi-bin/showqrcode?ticket=a%2Bb");
        assertThatThrownBy(() -> emulator.showUrl("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> emulator.showUrl(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QrCodeApi(wx().api(), "http://127.0.0.1/showqrcode"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QrCodeApi(wx().api(), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void createErrorBecomesWxApiException() {
        WeChatMock wx = wx().json("{\"errcode\":45009,\"errmsg\":\"reach max api daily quota limit rid: 6572a1-1\"}");
        assertThatThrownBy(() -> new QrCodeApi(wx.api()).create(QrCodeRequest.permanent(1)))
                .isInstanceOfSatisfying(WxApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(45009);
                    assertThat(e.endpoint()).isEqualTo("POST /cgi-bin/qrcode/create");
                });
    }

    @Test
    void generateShortKeySendsTheDocumentedBody() {
        WeChatMock wx = wx().json("{\"errcode\":0,\"errmsg\":\"ok\",\"short_key\":\"iTqRJFSEqk9RvPk\"}");
        String key = new QrCodeApi(wx.api()).generateShortKey("loooooong data", Duration.ofSeconds(86400));
        wx.expectJson("/cgi-bin/shorten/gen", "{\"long_data\":\"loooooong data\",\"expire_seconds\":86400}");
        assertThat(key).isEqualTo("iTqRJFSEqk9RvPk");
    }

    @Test
    void fetchShortKeyReadsTheDocumentedSample() {
        WeChatMock wx = wx().json("{\"errcode\":0,\"errmsg\":\"ok\",\"long_data\":\"loooooong data\","
                + "\"create_time\":1611047541,\"expire_seconds\":86300}");
        ShortKeyData d = new QrCodeApi(wx.api()).fetchShortKey("iTqRJFSEqk9RvPk");
        wx.expectJson("/cgi-bin/shorten/fetch", "{\"short_key\":\"iTqRJFSEqk9RvPk\"}");
        assertThat(d).isEqualTo(new ShortKeyData("loooooong data", Instant.ofEpochSecond(1611047541), Duration.ofSeconds(86300)));
    }

    @Test
    void fetchShortKeyErrorIsRaised() {
        WeChatMock wx = wx().json("{\"errcode\":44002,\"errmsg\":\"empty post data\"}");
        assertThatThrownBy(() -> new QrCodeApi(wx.api()).fetchShortKey("x"))
                .isInstanceOfSatisfying(WxApiException.class, e -> assertThat(e.errcode()).isEqualTo(44002));
        assertThatThrownBy(() -> new QrCodeApi(wx.api()).fetchShortKey(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QrCodeApi(wx.api()).create(null)).isInstanceOf(NullPointerException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
