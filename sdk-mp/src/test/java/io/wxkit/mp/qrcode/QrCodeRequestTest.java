package io.wxkit.mp.qrcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Bodies and samples from https://developers.weixin.qq.com/doc/service/api/qrcode/qrcodes/api_createqrcode.md. */
class QrCodeRequestTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void temporarySceneIdSerializesToTheDocumentedBody() throws Exception {
        assertThat(json.readTree(json.writeValueAsString(QrCodeRequest.temporary(123, Duration.ofSeconds(604800)))))
                .isEqualTo(json.readTree("{\"expire_seconds\":604800,\"action_name\":\"QR_SCENE\",\"action_info\":{\"scene\":{\"scene_id\":123}}}"));
    }

    @Test
    void temporarySceneStringSerializesToTheDocumentedBody() throws Exception {
        assertThat(json.readTree(json.writeValueAsString(QrCodeRequest.temporary("test", Duration.ofSeconds(604800)))))
                .isEqualTo(json.readTree("{\"expire_seconds\":604800,\"action_name\":\"QR_STR_SCENE\",\"action_info\":{\"scene\":{\"scene_str\":\"test\"}}}"));
    }

    @Test
    void permanentCodesCarryNoExpiry() throws Exception {
        assertThat(json.readTree(json.writeValueAsString(QrCodeRequest.permanent(123))))
                .isEqualTo(json.readTree("{\"action_name\":\"QR_LIMIT_SCENE\",\"action_info\":{\"scene\":{\"scene_id\":123}}}"));
        assertThat(json.readTree(json.writeValueAsString(QrCodeRequest.permanent("test"))))
                .isEqualTo(json.readTree("{\"action_name\":\"QR_LIMIT_STR_SCENE\",\"action_info\":{\"scene\":{\"scene_str\":\"test\"}}}"));
    }

    @Test
    void expiryIsLimitedToThirtyDays() {
        assertThat(QrCodeRequest.temporary(1, Duration.ofSeconds(2_592_000)).expire()).hasSeconds(2_592_000);
        assertThatThrownBy(() -> QrCodeRequest.temporary(1, Duration.ofSeconds(2_592_001)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2592000");
        assertThatThrownBy(() -> QrCodeRequest.temporary(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCodeRequest.temporary("s", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QrCodeRequest(QrCodeRequest.Kind.QR_LIMIT_SCENE, 1, null, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("permanent");
    }

    @Test
    void sceneIdRangesFollowTheDocs() {
        assertThat(QrCodeRequest.temporary(-5, Duration.ofDays(1)).sceneId()).isEqualTo(-5);
        assertThat(QrCodeRequest.temporary(Integer.MAX_VALUE, Duration.ofDays(1)).sceneId()).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> QrCodeRequest.temporary(0, Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QrCodeRequest(QrCodeRequest.Kind.QR_SCENE, 1L << 32, null, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QrCodeRequest(QrCodeRequest.Kind.QR_SCENE, Integer.MIN_VALUE - 1L, null, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(QrCodeRequest.permanent(100_000).sceneId()).isEqualTo(100_000);
        assertThatThrownBy(() -> QrCodeRequest.permanent(100_001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCodeRequest.permanent(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QrCodeRequest(QrCodeRequest.Kind.QR_LIMIT_SCENE, 1, "x", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scene id");
        assertThatThrownBy(() -> new QrCodeRequest(null, 1, null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void sceneStringsAreOneToSixtyFourCharacters() {
        assertThat(QrCodeRequest.permanent("x".repeat(64)).sceneStr()).hasSize(64);
        assertThatThrownBy(() -> QrCodeRequest.permanent("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCodeRequest.permanent("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCodeRequest.temporary((String) null, Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void documentedTicketSampleParsesAndBuildsTheShowqrcodeUrl() throws Exception {
        String body = "{\"ticket\":\"gQH47joAAAAAAAAAASxodHRwOi8vd2VpeGluLnFxLmNvbS9xL2taZ2Z3TVRtNzJXV1Brb3ZhYmJJAAIEZ23sUwMEmm3sUw==\","
                + "\"expire_seconds\":60,\"url\":\"http://weixin.qq.com/q/kZgfwMTm72WWPkovabbI\"}";
        QrCodeTicket t = json.readValue(body, QrCodeTicket.class);
        assertThat(t.expire()).hasSeconds(60);
        assertThat(t.url()).isEqualTo("http://weixin.qq.com/q/kZgfwMTm72WWPkovabbI");
        assertThat(t.showUrl()).isEqualTo("https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket="
                + "gQH47joAAAAAAAAAASxodHRwOi8vd2VpeGluLnFxLmNvbS9xL2taZ2Z3TVRtNzJXV1Brb3ZhYmJJAAIEZ23sUwMEmm3sUw%3D%3D");
        QrCodeTicket permanent = json.readValue("{\"ticket\":\"T+/\",\"url\":\"u\"}", QrCodeTicket.class);
        assertThat(permanent.expire()).isNull();
        assertThat(permanent.showUrl()).endsWith("ticket=T%2B%2F");
        assertThatThrownBy(() -> QrCodeTicket.showUrl("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCodeTicket.showUrl(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shortKeyBodyMatchesTheDocumentedSample() throws Exception {
        // https://developers.weixin.qq.com/doc/service/en/api/qrcode/shorten/api_genshortkey.html
        assertThat(json.readTree(json.writeValueAsString(new ShortKeyRequest("loooooong data", Duration.ofSeconds(86400)))))
                .isEqualTo(json.readTree("{\"long_data\":\"loooooong data\",\"expire_seconds\":86400}"));
    }

    @Test
    void shortKeyDataIsLimitedToFourKilobytesAndThirtyDays() {
        assertThat(new ShortKeyRequest("x".repeat(4096), Duration.ofDays(30)).longData()).hasSize(4096);
        assertThatThrownBy(() -> new ShortKeyRequest("中".repeat(1366), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 KB");
        assertThatThrownBy(() -> new ShortKeyRequest("", Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShortKeyRequest("x", Duration.ofSeconds(2_592_001))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShortKeyRequest("x", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void documentedFetchSampleParses() throws Exception {
        // https://developers.weixin.qq.com/doc/service/en/api/qrcode/shorten/api_fetchshorten.html
        ShortKeyData d = json.readValue("{\"errcode\":0,\"errmsg\":\"ok\",\"long_data\":\"loooooong data\","
                + "\"create_time\":1611047541,\"expire_seconds\":86300}", ShortKeyData.class);
        assertThat(d.longData()).isEqualTo("loooooong data");
        assertThat(d.createdAt()).isEqualTo(Instant.ofEpochSecond(1611047541));
        assertThat(d.expiresIn()).hasSeconds(86300);
    }
}
