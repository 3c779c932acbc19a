package io.wxkit.mp.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.MediaDownload;
import io.wxkit.core.http.WxApiException;
import io.wxkit.mp.internal.WeChatMock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract of {@link MediaApi}. Sources: https://developers.weixin.qq.com/doc/service/api/material/temporary/api_uploadtempmedia
 * (upload, sample with errcode 0), https://developers.weixin.qq.com/doc/offiaccount/Asset_Management/Get_temporary_materials.html
 * (media/get, video_url, error 40007 "invalid media_id"),
 * https://developers.weixin.qq.com/doc/offiaccount/Asset_Management/Adding_Permanent_Assets.html (uploadimg: jpg/png under 1 MB).
 */
class MediaApiTest {
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4};

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    private final WeChatMock wx = new WeChatMock(server);

    private MediaApi media() {
        return new MediaApi(wx.api());
    }

    private Path file(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static void assertMultipartMedia(RecordedRequest r, String fileName, String type, byte[] bytes) {
        assertThat(r.getHeaders().get("Content-Type")).startsWith("multipart/form-data; boundary=");
        String body = r.getBody().string(StandardCharsets.ISO_8859_1);
        assertThat(body).contains("Content-Disposition: form-data; name=\"media\"; filename=\"" + fileName + "\"")
                .contains("Content-Type: " + type)
                .contains(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    @Test
    void uploadStreamsTheFileAsMultipartMediaField() throws Exception {
        wx.json("{\"errcode\":0,\"errmsg\":\"ok\",\"type\":\"image\",\"media_id\":\"MEDIA_ID\",\"created_at\":123456789}");
        UploadedMedia m = media().upload(MediaType.IMAGE, file("poster.jpg", JPEG));
        RecordedRequest r = wx.expect("POST", "/cgi-bin/media/upload");
        assertThat(r.getUrl().queryParameter("type")).isEqualTo("image");
        assertMultipartMedia(r, "poster.jpg", "image/jpeg", JPEG);
        assertThat(m).isEqualTo(new UploadedMedia(MediaType.IMAGE, "MEDIA_ID", Instant.ofEpochSecond(123456789)));
        assertThat(m.expiresAt()).isEqualTo(Instant.ofEpochSecond(123456789).plusSeconds(3 * 86400));
    }

    @Test
    void uploadFromAStreamReadsItOnce() {
        wx.json("{\"type\":\"thumb\",\"thumb_media_id\":\"THUMB_ID\",\"created_at\":1}");
        ByteArrayInputStream in = new ByteArrayInputStream(JPEG);
        UploadedMedia m = media().upload(MediaType.THUMB, "cover.jpg", in, JPEG.length);
        RecordedRequest r = wx.expect("POST", "/cgi-bin/media/upload");
        assertThat(r.getUrl().queryParameter("type")).isEqualTo("thumb");
        assertMultipartMedia(r, "cover.jpg", "image/jpeg", JPEG);
        assertThat(m.mediaId()).isEqualTo("THUMB_ID");
        assertThat(m.type()).isEqualTo(MediaType.THUMB);
        assertThat(in.available()).isZero();
    }

    @Test
    void uploadErrorIsRaised() throws Exception {
        wx.json("{\"errcode\":40004,\"errmsg\":\"invalid media type\"}");
        Path voice = file("hello.amr", new byte[] {1, 2});
        assertThatThrownBy(() -> media().upload(MediaType.VOICE, voice)).isInstanceOfSatisfying(WxApiException.class,
                e -> assertThat(e.errcode()).isEqualTo(40004));
    }

    @Test
    void documentedLimitsAreCheckedBeforeSending() throws Exception {
        assertThatThrownBy(() -> media().upload(MediaType.IMAGE, file("doc.pdf", JPEG))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("image");
        assertThatThrownBy(() -> media().upload(MediaType.THUMB, file("big.jpg", new byte[64 * 1024 + 1])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65536");
        assertThatThrownBy(() -> media().upload(MediaType.VIDEO, "clip.mp4", new ByteArrayInputStream(JPEG), 10L * 1024 * 1024 + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> media().upload(MediaType.VOICE, "noext", new ByteArrayInputStream(JPEG), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> media().upload(MediaType.VOICE, " ", new ByteArrayInputStream(JPEG), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fileName");
        assertThatThrownBy(() -> media().upload(MediaType.IMAGE, dir.resolve("missing.jpg"))).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> MediaType.fromWire("news")).isInstanceOf(IllegalArgumentException.class);
        assertThat(MediaType.VOICE.maxBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void uploadImageReturnsTheArticleImageUrl() throws Exception {
        wx.json("{\"url\":\"http://mmbiz.qpic.cn/XXXXX\"}").json("{\"url\":\"http://mmbiz.qpic.cn/YYYY\"}");
        assertThat(media().uploadImage(file("in-article.png", JPEG))).isEqualTo("http://mmbiz.qpic.cn/XXXXX");
        RecordedRequest r = wx.expect("POST", "/cgi-bin/media/uploadimg");
        assertThat(r.getUrl().querySize()).isEqualTo(1);
        assertMultipartMedia(r, "in-article.png", "image/png", JPEG);
        assertThat(media().uploadImage("a.jpg", new ByteArrayInputStream(JPEG), -1)).isEqualTo("http://mmbiz.qpic.cn/YYYY");
        assertMultipartMedia(wx.expect("POST", "/cgi-bin/media/uploadimg"), "a.jpg", "image/jpeg", JPEG);
    }

    @Test
    void uploadImageLimitsAreCheckedBeforeSending() throws Exception {
        assertThatThrownBy(() -> media().uploadImage(file("a.gif", JPEG))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JPG or PNG");
        assertThatThrownBy(() -> media().uploadImage("a.jpg", new ByteArrayInputStream(JPEG), 1024 * 1024))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 MB");
        assertThatThrownBy(() -> media().uploadImage(null, new ByteArrayInputStream(JPEG), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void downloadStreamsTheBinaryAnswer() {
        wx.binary(JPEG, "image/jpeg", "MEDIA_ID.jpg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MediaDownload d = media().download("MEDIA_ID", out);
        wx.expectGet("/cgi-bin/media/get", "media_id", "MEDIA_ID");
        assertThat(out.toByteArray()).isEqualTo(JPEG);
        assertThat(d).isEqualTo(new MediaDownload("image/jpeg", "MEDIA_ID.jpg", JPEG.length));
    }

    @Test
    void downloadOfAnUnknownMediaRaisesTheErrcode() {
        wx.json("{\"errcode\":40007,\"errmsg\":\"invalid media_id\"}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> media().download("nope", out)).isInstanceOfSatisfying(WxApiException.class,
                e -> assertThat(e.errcode()).isEqualTo(40007));
        assertThat(out.size()).isZero();
        assertThatThrownBy(() -> media().download("", out)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void videoUrlReadsTheJsonAnswer() {
        wx.json("{\"video_url\":\"DOWN_URL\"}").json("{\"errcode\":0}");
        assertThat(media().videoUrl("VIDEO_ID")).isEqualTo("DOWN_URL");
        wx.expectGet("/cgi-bin/media/get", "media_id", "VIDEO_ID");
        assertThatThrownBy(() -> media().videoUrl("VIDEO_ID")).isInstanceOf(WxApiException.class).hasMessageContaining("video_url");
    }
}
