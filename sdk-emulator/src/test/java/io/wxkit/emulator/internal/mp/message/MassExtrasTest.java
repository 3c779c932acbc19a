package io.wxkit.emulator.internal.mp.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mass-send speed and the news uploaded for mpnews sends. */
class MassExtrasTest {
    private WxEmulator emulator;
    private TestHttp http;
    private String token;

    @BeforeEach
    void start() {
        emulator = WxEmulator.start();
        http = new TestHttp(emulator.baseUrl());
        token = http.accountWithToken("wx1");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private JsonNode post(String path, String body) {
        return http.post(path + "?access_token=" + token, body).json();
    }

    @Test
    void theSpeedSetIsTheSpeedRead() {
        JsonNode initial = post("/cgi-bin/message/mass/speed/get", "{}");
        assertThat(initial.get("speed").asInt()).isZero();
        assertThat(initial.get("realspeed").asInt()).isEqualTo(80);
        assertThat(post("/cgi-bin/message/mass/speed/set", "{\"speed\":3}").get("errcode").asInt()).isZero();
        JsonNode now = post("/cgi-bin/message/mass/speed/get", "{}");
        assertThat(now.get("speed").asInt()).isEqualTo(3);
        assertThat(now.get("realspeed").asInt()).isEqualTo(30);
        assertThat(post("/cgi-bin/message/mass/speed/set", "{\"speed\":5}").get("errcode").asInt())
                .isEqualTo(47001);
        assertThat(http.post("/cgi-bin/message/mass/speed/get", "{}").json().get("errcode").asInt())
                .isEqualTo(41001);
    }

    @Test
    void uploadedNewsNeedsAKnownThumbATitleAndContent() {
        String body = "--b\r\nContent-Disposition: form-data; name=\"media\"; filename=\"t.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\nJPEG\r\n--b--\r\n";
        String thumb = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl()
                        + "/cgi-bin/media/upload?type=thumb&access_token=" + token))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(body))).json().get("media_id").asText();
        JsonNode news = post("/cgi-bin/media/uploadnews", "{\"articles\":[{\"thumb_media_id\":\"" + thumb
                + "\",\"title\":\"T\",\"content\":\"<p>c</p>\"}]}");
        assertThat(news.get("type").asText()).isEqualTo("news");
        assertThat(news.get("media_id").asText()).isNotEmpty();
        assertThat(news.get("created_at").asLong()).isPositive();
        assertThat(post("/cgi-bin/media/uploadnews", "{\"articles\":[{\"thumb_media_id\":\"nope\",\"title\":\"T\","
                + "\"content\":\"c\"}]}").get("errcode").asInt()).isEqualTo(40007);
        assertThat(post("/cgi-bin/media/uploadnews", "{\"articles\":[{\"thumb_media_id\":\"" + thumb
                + "\",\"title\":\"\",\"content\":\"c\"}]}").get("errcode").asInt()).isEqualTo(44003);
        assertThat(post("/cgi-bin/media/uploadnews", "{\"articles\":[]}").get("errcode").asInt()).isEqualTo(47001);
    }
}
