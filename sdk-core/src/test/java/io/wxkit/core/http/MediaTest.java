package io.wxkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contract tests of the multipart upload and binary download paths (reference §9). */
class MediaTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    final List<Duration> slept = new ArrayList<>();
    final FakeTokens tokens = new FakeTokens();

    record Uploaded(String type, @JsonProperty("media_id") String mediaId, @JsonProperty("created_at") long createdAt) {}

    ApiClient client() {
        return ApiClient.builder().baseUrl(server.url("/").toString()).sleeper(slept::add).build().withTokens(tokens);
    }

    static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void aStreamedFormRefusesAMissingFieldOrStreamWhenBuiltNotWhenSent() {
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[] {1, 2, 3});
        assertThatThrownBy(() -> Multipart.stream(null, "a.jpg", in, 3)).isInstanceOf(NullPointerException.class)
                .hasMessage("field");
        assertThatThrownBy(() -> Multipart.stream("media", "a.jpg", null, 3)).isInstanceOf(NullPointerException.class)
                .hasMessage("in");
        assertThatThrownBy(() -> Multipart.stream("media", "a.jpg", in, -2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Multipart.stream("media", "a.jpg", in, -1)).isNotNull();
    }

    @Test
    void fileUploadIsMultipartWithTheMediaFieldAndExtraFields(@TempDir Path dir) throws Exception {
        Path jpg = dir.resolve("cover.jpg");
        Files.write(jpg, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        server.enqueue(json("{\"errcode\":0,\"errmsg\":\"ok\",\"type\":\"image\",\"media_id\":\"MEDIA_ID\",\"created_at\":123456789}"));

        Uploaded u = client().upload("cgi-bin/media/upload", Map.of("type", "image"),
                Multipart.file("media", jpg).field("description", "{\"title\":\"t\"}"), Uploaded.class);

        assertThat(u).isEqualTo(new Uploaded("image", "MEDIA_ID", 123456789L));
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getUrl().encodedPath()).isEqualTo("/cgi-bin/media/upload");
        assertThat(r.getUrl().queryParameter("type")).isEqualTo("image");
        assertThat(r.getUrl().queryParameter("access_token")).isEqualTo("TOKEN-1");
        assertThat(r.getHeaders().get("Content-Type")).startsWith("multipart/form-data; boundary=");
        String body = r.getBody().string(StandardCharsets.ISO_8859_1);
        assertThat(body).contains("Content-Disposition: form-data; name=\"media\"; filename=\"cover.jpg\"")
                .contains("Content-Type: image/jpeg")
                .contains(new String(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3}, StandardCharsets.ISO_8859_1))
                .contains("Content-Disposition: form-data; name=\"description\"")
                .contains("{\"title\":\"t\"}");
        assertThat(r.getHeaders().get("Content-Length")).isNotNull();
    }

    @Test
    void aFileUploadMarkedIdempotentIsResentWholeAfterSystemBusy(@TempDir Path dir) throws Exception {
        Path amr = dir.resolve("hello.amr");
        Files.write(amr, new byte[] {9, 9, 9});
        server.enqueue(json("{\"errcode\":-1,\"errmsg\":\"system error\"}"));
        server.enqueue(json("{\"type\":\"voice\",\"media_id\":\"M2\",\"created_at\":1}"));

        // an upload is not idempotent by default (issue 11: -1 is ambiguous); a file body is repeatable
        Uploaded u = client().call(ApiRequest.post("cgi-bin/media/upload").query("type", "voice")
                .multipart(Multipart.file("media", amr)).asIdempotent(), Uploaded.class);

        assertThat(u.mediaId()).isEqualTo("M2");
        server.takeRequest();
        assertThat(server.takeRequest().getBody().string(StandardCharsets.ISO_8859_1)).contains("Content-Type: audio/amr");
    }

    @Test
    void streamUploadIsSentOnceAndNeverRetried() throws Exception {
        server.enqueue(json("{\"errcode\":-1,\"errmsg\":\"system error\"}"));
        server.enqueue(json("{\"type\":\"image\",\"media_id\":\"M\",\"created_at\":1}"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};

        assertThatThrownBy(() -> client().upload("cgi-bin/media/upload", Map.of("type", "image"),
                Multipart.stream("media", "a.png", new ByteArrayInputStream(png), png.length), Uploaded.class))
                .isInstanceOfSatisfying(WxApiException.class, e -> assertThat(e.attempts()).isEqualTo(1));
        RecordedRequest r = server.takeRequest();
        assertThat(r.getBody().string(StandardCharsets.ISO_8859_1)).contains("filename=\"a.png\"")
                .contains("Content-Type: image/png").contains("PNG");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void downloadStreamsBinaryMediaToTheCallersStream() throws Exception {
        byte[] jpeg = new byte[100_000];
        for (int i = 0; i < jpeg.length; i++) {
            jpeg[i] = (byte) i;
        }
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "image/jpeg")
                .addHeader("Content-disposition", "attachment; filename=\"MEDIA_ID.jpg\"")
                .body(new Buffer().write(jpeg)).build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        MediaDownload d = client().download(ApiRequest.get("cgi-bin/media/get").query("media_id", "MEDIA_ID"), out);

        assertThat(out.toByteArray()).isEqualTo(jpeg);
        assertThat(d).isEqualTo(new MediaDownload("image/jpeg", "MEDIA_ID.jpg", jpeg.length));
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getUrl().encodedPath()).isEqualTo("/cgi-bin/media/get");
        assertThat(r.getUrl().queryParameter("media_id")).isEqualTo("MEDIA_ID");
        assertThat(r.getUrl().queryParameter("access_token")).isEqualTo("TOKEN-1");
    }

    @Test
    void downloadAnsweredWithAnErrcodeThrowsAndWritesNothing() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/plain")
                .body("{\"errcode\":40007,\"errmsg\":\"invalid media_id rid: 6a1b\"}").build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> client().download(ApiRequest.get("cgi-bin/media/get").query("media_id", "BAD"), out))
                .isInstanceOfSatisfying(WxApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(40007);
                    assertThat(e.rid()).isEqualTo("6a1b");
                    assertThat(e.endpoint()).isEqualTo("GET /cgi-bin/media/get");
                });
        assertThat(out.size()).isZero();
    }

    @Test
    void downloadOfAVideoJsonAnswerCopiesTheJson() {
        server.enqueue(json("{\"video_url\":\"http://example.com/v.mp4\"}"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        MediaDownload d = client().download(ApiRequest.get("cgi-bin/media/get").query("media_id", "V"), out);

        assertThat(d.contentType()).isEqualTo("application/json");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"video_url\":\"http://example.com/v.mp4\"}");
    }

    @Test
    void downloadIsRetriedOnServerErrorBeforeAnyByteIsWritten() {
        server.enqueue(new MockResponse.Builder().code(500).addHeader("Content-Type", "image/jpeg").body("x").build());
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "image/jpeg").body("JPEG").build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        client().download(ApiRequest.get("cgi-bin/media/get").query("media_id", "M"), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("JPEG");
        assertThat(slept).hasSize(1);
    }
}
