package io.wxkit.mp.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.MediaDownload;
import io.wxkit.core.http.WxApiException;
import io.wxkit.mp.internal.WeChatMock;
import io.wxkit.mp.media.MediaType;
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
 * Contract of {@link MaterialApi}. Sources (offiaccount Asset_Management pages):
 * https://developers.weixin.qq.com/doc/offiaccount/Asset_Management/Adding_Permanent_Assets.html (add_material, video
 * description field, {"media_id":..,"url":..}), .../Getting_Permanent_Assets.html (video and news samples, binary
 * otherwise), .../Deleting_Permanent_Assets.html, .../Get_the_total_of_all_materials.html,
 * .../Get_materials_list.html; error 40007 "invalid media_id": api-reference §3.
 */
class MaterialApiTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    private final WeChatMock wx = new WeChatMock(server);

    private MaterialApi materials() {
        return new MaterialApi(wx.api());
    }

    private static String body(RecordedRequest r) {
        return r.getBody().string(StandardCharsets.ISO_8859_1);
    }

    @Test
    void addStreamsTheFileAndReturnsIdAndUrl() throws Exception {
        wx.json("{\"media_id\":\"MEDIA_ID\",\"url\":\"URL\"}");
        AddedMaterial m = materials().add(MediaType.IMAGE, Files.write(dir.resolve("logo.png"), PNG));
        RecordedRequest r = wx.expect("POST", "/cgi-bin/material/add_material");
        assertThat(r.getUrl().queryParameter("type")).isEqualTo("image");
        assertThat(r.getHeaders().get("Content-Type")).startsWith("multipart/form-data");
        assertThat(body(r)).contains("name=\"media\"; filename=\"logo.png\"").contains(new String(PNG, StandardCharsets.ISO_8859_1));
        assertThat(m).isEqualTo(new AddedMaterial("MEDIA_ID", "URL"));
    }

    @Test
    void addFromAStream() {
        wx.json("{\"media_id\":\"VOICE_ID\"}");
        AddedMaterial m = materials().add(MediaType.VOICE, "hello.mp3", new ByteArrayInputStream(PNG), -1);
        RecordedRequest r = wx.expect("POST", "/cgi-bin/material/add_material");
        assertThat(r.getUrl().queryParameter("type")).isEqualTo("voice");
        assertThat(body(r)).contains("filename=\"hello.mp3\"");
        assertThat(m.url()).isNull();
    }

    @Test
    void addVideoSendsTheDescriptionField() throws Exception {
        wx.json("{\"media_id\":\"VIDEO_ID\"}").json("{\"media_id\":\"VIDEO_2\"}");
        materials().addVideo(Files.write(dir.resolve("clip.mp4"), PNG), "VIDEO_TITLE", "INTRODUCTION");
        RecordedRequest r = wx.expect("POST", "/cgi-bin/material/add_material");
        assertThat(r.getUrl().queryParameter("type")).isEqualTo("video");
        assertThat(body(r)).contains("name=\"media\"; filename=\"clip.mp4\"")
                .contains("Content-Disposition: form-data; name=\"description\"")
                .contains("{\"title\":\"VIDEO_TITLE\",\"introduction\":\"INTRODUCTION\"}");
        assertThat(materials().addVideo("b.mp4", new ByteArrayInputStream(PNG), PNG.length, "T", null).mediaId()).isEqualTo("VIDEO_2");
        assertThat(body(wx.expect("POST", "/cgi-bin/material/add_material"))).contains("{\"title\":\"T\",\"introduction\":\"\"}");
    }

    @Test
    void limitsAreCheckedBeforeSending() throws Exception {
        Path clip = Files.write(dir.resolve("clip.mp4"), PNG);
        assertThatThrownBy(() -> materials().add(MediaType.VIDEO, clip)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("addVideo");
        assertThatThrownBy(() -> materials().add(MediaType.VIDEO, "c.mp4", new ByteArrayInputStream(PNG), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> materials().add(MediaType.THUMB, "t.png", new ByteArrayInputStream(PNG), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("thumb");
        assertThatThrownBy(() -> materials().add(MediaType.VOICE, "v.wav", new ByteArrayInputStream(PNG), 3L << 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limited");
        assertThatThrownBy(() -> materials().add(MediaType.IMAGE, dir.resolve("none.png"))).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> materials().addVideo(clip, " ", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title");
        assertThatThrownBy(() -> materials().add(null, clip)).isInstanceOf(NullPointerException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void getVideoAndNewsReadTheDocumentedSamples() {
        wx.json("{\"title\":\"TITLE\",\"description\":\"DESCRIPTION\",\"down_url\":\"DOWN_URL\"}")
                .json("{\"news_item\":[{\"title\":\"TITLE\",\"thumb_media_id\":\"THUMB_MEDIA_ID\",\"show_cover_pic\":1,"
                        + "\"author\":\"AUTHOR\",\"digest\":\"DIGEST\",\"content\":\"CONTENT\",\"url\":\"URL\","
                        + "\"content_source_url\":\"CONTENT_SOURCE_URL\"}]}");
        assertThat(materials().getVideo("MEDIA_ID")).isEqualTo(new VideoMaterial("TITLE", "DESCRIPTION", "DOWN_URL"));
        wx.expectJson("/cgi-bin/material/get_material", "{\"media_id\":\"MEDIA_ID\"}");
        assertThat(materials().getNews("NEWS_ID")).singleElement().satisfies(n -> assertThat(n.author()).isEqualTo("AUTHOR"));
        wx.expectJson("/cgi-bin/material/get_material", "{\"media_id\":\"NEWS_ID\"}");
    }

    @Test
    void downloadStreamsOtherMaterialsAndRaisesErrors() {
        wx.binary(PNG, "image/png", "logo.png").json("{\"errcode\":40007,\"errmsg\":\"invalid media_id\"}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MediaDownload d = materials().download("MEDIA_ID", out);
        wx.expectJson("/cgi-bin/material/get_material", "{\"media_id\":\"MEDIA_ID\"}");
        assertThat(out.toByteArray()).isEqualTo(PNG);
        assertThat(d.contentType()).isEqualTo("image/png");
        assertThatThrownBy(() -> materials().download("bad", new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(WxApiException.class, e -> assertThat(e.errcode()).isEqualTo(40007));
    }

    @Test
    void deleteAndCount() {
        wx.json("{\"errcode\":0,\"errmsg\":\"ok\"}")
                .json("{\"voice_count\":1,\"video_count\":2,\"image_count\":3,\"news_count\":4}");
        materials().delete("MEDIA_ID");
        wx.expectJson("/cgi-bin/material/del_material", "{\"media_id\":\"MEDIA_ID\"}");
        assertThat(materials().count()).isEqualTo(new MaterialCount(1, 2, 3, 4));
        wx.expectGet("/cgi-bin/material/get_materialcount");
        assertThatThrownBy(() -> materials().delete(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listSendsTypeAndPagingAndReadsBothShapes() {
        wx.json("{\"total_count\":1,\"item_count\":1,\"item\":[{\"media_id\":\"MEDIA_ID\",\"name\":\"NAME\","
                + "\"update_time\":1611047541,\"url\":\"URL\"}]}")
                .json("{\"total_count\":1,\"item_count\":1,\"item\":[{\"media_id\":\"NEWS_ID\",\"content\":{\"news_item\":"
                        + "[{\"title\":\"TITLE\"}]},\"update_time\":1611047542}]}");
        MaterialPage images = materials().list(MaterialListType.IMAGE, 0, 20);
        wx.expectJson("/cgi-bin/material/batchget_material", "{\"type\":\"image\",\"offset\":0,\"count\":20}");
        assertThat(images.items()).singleElement().isEqualTo(
                new MaterialItem("MEDIA_ID", "NAME", Instant.ofEpochSecond(1611047541), "URL", null));
        MaterialPage news = materials().list(MaterialListType.NEWS, 3, 1);
        wx.expectJson("/cgi-bin/material/batchget_material", "{\"type\":\"news\",\"offset\":3,\"count\":1}");
        assertThat(news.items().get(0).articles()).extracting(a -> a.title()).containsExactly("TITLE");
        assertThatThrownBy(() -> materials().list(MaterialListType.VOICE, 0, 21)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> materials().list(MaterialListType.VOICE, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> materials().list(MaterialListType.VIDEO, -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new MaterialPage(0, 0, null).items()).isEmpty();
    }
}
