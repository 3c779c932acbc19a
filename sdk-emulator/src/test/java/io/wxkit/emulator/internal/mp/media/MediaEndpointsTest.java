package io.wxkit.emulator.internal.mp.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.FakeApp;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MediaEndpointsTest {
    private WxEmulator emulator;
    private FakeApp app;
    private TestHttp http;
    private String token;

    @BeforeEach
    void start() {
        emulator = WxEmulator.start();
        app = new FakeApp();
        http = new TestHttp(emulator.baseUrl());
        http.post("/emulator/accounts", "{\"appId\":\"wx1\",\"secret\":\"s\",\"token\":\"tok123\",\"callbackUrl\":\""
                + app.url("/wx") + "\"}");
        token = http.get("/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=s").json()
                .get("access_token").asText();
    }

    @AfterEach
    void stop() {
        app.close();
        emulator.close();
    }

    private TestHttp.Result upload(String path, String filename, byte[] data, String extraField) {
        String boundary = "----wxkitBoundary7MA4YWxkTrZu0gW";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"media\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(data);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        if (extraField != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n"
                    + extraField + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path + "&access_token=" + token))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    @Test
    void temporaryUploadAndDownloadRoundTripTheBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};
        JsonNode up = upload("/cgi-bin/media/upload?type=image", "a.png", png, null).json();
        assertThat(up.get("type").asText()).isEqualTo("image");
        assertThat(up.get("created_at").asLong()).isPositive();
        TestHttp.Result got = http.get("/cgi-bin/media/get?media_id=" + up.get("media_id").asText()
                + "&access_token=" + token);
        assertThat(got.body().getBytes(StandardCharsets.ISO_8859_1)).hasSize(png.length);
        assertThat(http.get("/cgi-bin/media/get?media_id=nope&access_token=" + token).json().get("errcode").asInt())
                .isEqualTo(40007);
    }

    @Test
    void uploadsBreakingWeChatsLimitsAreRefused() {
        assertThat(upload("/cgi-bin/media/upload?type=image", "a.exe", new byte[] {1}, null).json()
                .get("errcode").asInt()).isEqualTo(40005);
        assertThat(upload("/cgi-bin/media/upload?type=thumb", "t.jpg", new byte[65 * 1024], null).json()
                .get("errcode").asInt()).isEqualTo(45001);
        assertThat(upload("/cgi-bin/media/upload?type=doc", "a.png", new byte[] {1}, null).json()
                .get("errcode").asInt()).isEqualTo(40004);
    }

    @Test
    void permanentMaterialsDraftAndPublish() {
        JsonNode thumb = upload("/cgi-bin/material/add_material?type=image", "cover.jpg", new byte[] {1, 2}, null).json();
        String thumbId = thumb.get("media_id").asText();
        assertThat(thumb.get("url").asText()).contains("/emulator/media/");
        assertThat(upload("/cgi-bin/material/add_material?type=video", "v.mp4", new byte[] {1}, null).json()
                .get("errcode").asInt()).isEqualTo(47001);
        assertThat(http.get("/cgi-bin/material/get_materialcount?access_token=" + token).json().get("image_count")
                .asInt()).isEqualTo(1);
        String article = "{\"articles\":[{\"title\":\"Hello\",\"content\":\"<p>hi</p>\",\"thumb_media_id\":\"" + thumbId + "\"}]}";
        assertThat(http.post("/cgi-bin/draft/add?access_token=" + token, article.replace(thumbId, "bad")).json()
                .get("errcode").asInt()).isEqualTo(40007);
        String draft = http.post("/cgi-bin/draft/add?access_token=" + token, article).json().get("media_id").asText();
        assertThat(http.post("/cgi-bin/draft/get?access_token=" + token, "{\"media_id\":\"" + draft + "\"}").json()
                .get("news_item").get(0).get("title").asText()).isEqualTo("Hello");
        JsonNode submitted = http.post("/cgi-bin/freepublish/submit?access_token=" + token,
                "{\"media_id\":\"" + draft + "\"}").json();
        assertThat(submitted.get("errcode").asInt()).isZero();
        String event = app.next().body();
        assertThat(event).contains("<Event><![CDATA[PUBLISHJOBFINISH]]></Event><PublishEventInfo><publish_id><![CDATA["
                + submitted.get("publish_id").asText() + "]]></publish_id><publish_status>0</publish_status>");
        JsonNode status = http.post("/cgi-bin/freepublish/get?access_token=" + token,
                "{\"publish_id\":\"" + submitted.get("publish_id").asText() + "\"}").json();
        assertThat(status.get("article_detail").get("count").asInt()).isEqualTo(1);
        assertThat(http.get("/cgi-bin/draft/count?access_token=" + token).json().get("total_count").asInt()).isZero();
    }

    @Test
    void draftsAndPublishedArticlesCarryTheirCoverUrl() {
        byte[] jpeg = "cover-bytes".getBytes(StandardCharsets.US_ASCII); // ASCII: TestHttp reads bodies as text
        String thumbId = upload("/cgi-bin/material/add_material?type=thumb", "cover.jpg", jpeg, null).json()
                .get("media_id").asText();
        String cover = emulator.baseUrl() + "/emulator/media/" + thumbId;
        String article = "{\"articles\":[{\"title\":\"Hello\",\"content\":\"<p>hi</p>\",\"thumb_media_id\":\""
                + thumbId + "\"}]}";
        String draft = http.post("/cgi-bin/draft/add?access_token=" + token, article).json().get("media_id").asText();
        assertThat(http.post("/cgi-bin/draft/get?access_token=" + token, "{\"media_id\":\"" + draft + "\"}").json()
                .get("news_item").get(0).get("thumb_url").asText()).isEqualTo(cover);
        assertThat(http.post("/cgi-bin/draft/batchget?access_token=" + token, "{\"offset\":0,\"count\":20}").json()
                .get("item").get(0).get("content").get("news_item").get(0).get("thumb_url").asText()).isEqualTo(cover);
        http.post("/cgi-bin/freepublish/submit?access_token=" + token, "{\"media_id\":\"" + draft + "\"}");

        JsonNode item = http.post("/cgi-bin/freepublish/batchget?access_token=" + token,
                "{\"offset\":0,\"count\":20,\"no_content\":0}").json().get("item").get(0);
        JsonNode news = item.get("content").get("news_item").get(0);
        assertThat(news.get("thumb_url").asText()).isEqualTo(cover);
        assertThat(news.get("url").asText()).contains("/emulator/articles/" + item.get("article_id").asText() + "/1");
        assertThat(http.post("/cgi-bin/freepublish/getarticle?access_token=" + token, "{\"article_id\":\""
                + item.get("article_id").asText() + "\"}").json().get("news_item").get(0).get("thumb_url").asText())
                .isEqualTo(cover);
        // the URL serves the uploaded cover, without a token, like WeChat's CDN
        assertThat(http.get("/emulator/media/" + thumbId).body().getBytes(StandardCharsets.ISO_8859_1))
                .isEqualTo(jpeg);
    }
}
