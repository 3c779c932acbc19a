package io.wxkit.mp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.MediaDownload;
import io.wxkit.core.http.WxApiException;
import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.junit.WxEmulatorTest;
import io.wxkit.mp.draft.Article;
import io.wxkit.mp.draft.DraftPage;
import io.wxkit.mp.freepublish.PublishStatus;
import io.wxkit.mp.freepublish.PublishSubmission;
import io.wxkit.mp.material.AddedMaterial;
import io.wxkit.mp.material.MaterialCount;
import io.wxkit.mp.material.MaterialListType;
import io.wxkit.mp.material.MaterialPage;
import io.wxkit.mp.material.VideoMaterial;
import io.wxkit.mp.media.MediaType;
import io.wxkit.mp.media.UploadedMedia;
import io.wxkit.mp.oauth.Lang;
import io.wxkit.mp.oauth.OAuthToken;
import io.wxkit.mp.oauth.OAuthUser;
import io.wxkit.mp.oauth.Scope;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sdk-mp's media, permanent material, draft, publishing and OAuth calls against the emulator. */
@WxEmulatorTest
class EmulatorMediaAndPublishingEndToEndTest {
    private static final String APP_ID = "wx5e2d3c4b5a697803";
    private static final String SECRET = "e2e-secret-media-0123456789abcd";
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};

    WxEmulator wx;
    private WxMp mp;
    private FakeUser user;

    @TempDir
    Path dir;

    @BeforeEach
    void registerAccountAndUser() {
        wx.control().account(APP_ID, SECRET, "e2etoken", null, null, CallbackMode.PLAIN);
        user = wx.control().user(APP_ID, "Han Meimei");
        wx.control().follow(user.openid());
        mp = WxMp.builder().appId(APP_ID).secret(SECRET).baseUrl(wx.baseUrl()).build();
    }

    private Path jpeg(String name) throws Exception {
        return Files.write(dir.resolve(name), JPEG);
    }

    @Test
    void temporaryMediaUploadedFromAFileDownloadsByteForByte() throws Exception {
        UploadedMedia media = mp.media().upload(MediaType.IMAGE, jpeg("a.jpg"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        MediaDownload download = mp.media().download(media.mediaId(), out);

        assertThat(out.toByteArray()).isEqualTo(JPEG);
        assertThat(download.bytes()).isEqualTo(JPEG.length);
        assertThat(media.expiresAt()).isEqualTo(media.createdAt().plus(UploadedMedia.LIFETIME));
    }

    @Test
    void articleImagesGetAUrlFromAFileOrAStream() throws Exception {
        assertThat(mp.media().uploadImage(jpeg("in-article.jpg"))).startsWith("http");
        assertThat(mp.media().uploadImage("b.jpg", new ByteArrayInputStream(JPEG), JPEG.length)).startsWith("http");
    }

    @Test
    void aVideoUrlIsRefusedForMediaThatIsNotAVideo() {
        String image = mp.media().upload(MediaType.IMAGE, "c.jpg", new ByteArrayInputStream(JPEG), JPEG.length)
                .mediaId();
        assertThatThrownBy(() -> mp.media().videoUrl(image)).isInstanceOf(WxApiException.class);
    }

    @Test
    void permanentMaterialIsAddedCountedListedDownloadedAndDeleted() throws Exception {
        AddedMaterial image = mp.materials().add(MediaType.IMAGE, jpeg("p.jpg"));
        AddedMaterial streamed = mp.materials().add(MediaType.IMAGE, "q.jpg", new ByteArrayInputStream(JPEG),
                JPEG.length);
        byte[] mp4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'};
        AddedMaterial video = mp.materials().addVideo("v.mp4", new ByteArrayInputStream(mp4), mp4.length, "Tour",
                "A walk round the office");
        Path videoFile = Files.write(dir.resolve("w.mp4"), mp4);
        mp.materials().addVideo(videoFile, "Tour 2", "Again");

        MaterialCount count = mp.materials().count();
        assertThat(count.imageCount()).isEqualTo(2);
        assertThat(count.videoCount()).isEqualTo(2);
        MaterialPage images = mp.materials().list(MaterialListType.IMAGE, 0, 20);
        assertThat(images.totalCount()).isEqualTo(2);
        assertThat(images.items()).hasSize(2);
        VideoMaterial tour = mp.materials().getVideo(video.mediaId());
        assertThat(tour.title()).isEqualTo("Tour");
        assertThat(tour.description()).isEqualTo("A walk round the office");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mp.materials().download(image.mediaId(), out);
        assertThat(out.toByteArray()).isEqualTo(JPEG);

        mp.materials().delete(streamed.mediaId());
        assertThat(mp.materials().count().imageCount()).isEqualTo(1);
        assertThatThrownBy(() -> mp.materials().getNews(streamed.mediaId())).isInstanceOf(WxApiException.class);
    }

    @Test
    void aDraftIsWrittenUpdatedPublishedAndItsArticleDeleted() {
        String thumb = mp.materials().add(MediaType.IMAGE, "t.jpg", new ByteArrayInputStream(JPEG), JPEG.length)
                .mediaId();
        String draft = mp.drafts().add(List.of(Article.news("Launch day", "<p>We open at 9.</p>", thumb)
                .withAuthor("Ops").withDigest("Opening hours")));
        assertThat(mp.drafts().count()).isEqualTo(1);
        assertThat(mp.drafts().get(draft).get(0).title()).isEqualTo("Launch day");

        mp.drafts().update(draft, 0, Article.news("Launch day (updated)", "<p>We open at 10.</p>", thumb));
        DraftPage page = mp.drafts().list(0, 20, true);
        assertThat(page.totalCount()).isEqualTo(1);
        assertThat(mp.drafts().get(draft).get(0).title()).isEqualTo("Launch day (updated)");

        PublishSubmission submitted = mp.freepublish().submit(draft);
        PublishStatus status = mp.freepublish().get(submitted.publishId());
        assertThat(status.articleId()).isNotBlank();
        assertThat(mp.freepublish().getArticle(status.articleId()).get(0).title())
                .isEqualTo("Launch day (updated)");
        assertThat(mp.freepublish().list(0, 20, false).totalCount()).isEqualTo(1);

        mp.freepublish().delete(status.articleId(), 0);
        assertThat(mp.freepublish().list(0, 20, false).totalCount()).isZero();

        String other = mp.drafts().add(List.of(Article.news("Draft to drop", "<p>x</p>", thumb)));
        mp.drafts().delete(other);
        assertThatThrownBy(() -> mp.drafts().get(other)).isInstanceOf(WxApiException.class);
    }

    @Test
    void oauthCodeExchangeRefreshUserInfoAndValidation() {
        String url = mp.oauth().authorizeUrl("https://app.example/cb", Scope.USERINFO, "s42");
        assertThat(url).contains("appid=" + APP_ID).contains("scope=snsapi_userinfo").contains("state=s42");
        String code = wx.control().oauthCode(APP_ID, user.openid(), "snsapi_userinfo");

        OAuthToken token = mp.oauth().exchangeCode(code);
        assertThat(token.openid()).isEqualTo(user.openid());
        OAuthUser who = mp.oauth().userInfo(token, Lang.ZH_CN);
        assertThat(who.nickname()).isEqualTo("Han Meimei");

        OAuthToken refreshed = mp.oauth().refresh(token.refreshToken());
        assertThat(refreshed.openid()).isEqualTo(user.openid());
        assertThat(mp.oauth().validate(refreshed)).isTrue();
        assertThatThrownBy(() -> mp.oauth().exchangeCode(code)).as("a code is single-use")
                .isInstanceOf(WxApiException.class);
    }
}
