package io.wxkit.mp;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.token.Credential;
import io.wxkit.mp.analytics.DateRange;
import io.wxkit.mp.analytics.UserSummary;
import io.wxkit.mp.comment.CommentPage;
import io.wxkit.mp.comment.CommentType;
import io.wxkit.mp.draft.Article;
import io.wxkit.mp.freepublish.PublishStatus;
import io.wxkit.mp.freepublish.PublishSubmission;
import io.wxkit.mp.jssdk.JsSdkConfig;
import io.wxkit.mp.material.AddedMaterial;
import io.wxkit.mp.material.MaterialListType;
import io.wxkit.mp.material.MaterialPage;
import io.wxkit.mp.media.MediaType;
import io.wxkit.mp.media.UploadedMedia;
import io.wxkit.mp.oauth.Lang;
import io.wxkit.mp.oauth.OAuthToken;
import io.wxkit.mp.oauth.OAuthUser;
import io.wxkit.mp.oauth.Scope;
import io.wxkit.mp.qrcode.QrCodeTicket;
import io.wxkit.mp.qrcode.QrCodeRequest;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Javadoc and guide snippets of the media, material, draft, freepublish, QR code, OAuth, JS-SDK,
 * analytics and comment APIs, compiled and run through {@code WxMp} against a MockWebServer.
 */
class ContentApisSnippetsTest {
    private static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    private WxMp mp() {
        return WxMp.builder().appId("wxappid").secret("secret").baseUrl(server.url("/").toString())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .externalTokens(() -> new Credential("ACCESS_TOKEN", NOW.plusSeconds(7200))).build();
    }

    private void json(String body) {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build());
    }

    @Test
    void mediaAndMaterialSnippets() throws Exception {
        WxMp mp = mp();
        Path poster = Files.write(dir.resolve("poster.jpg"), new byte[] {1, 2, 3});
        json("{\"type\":\"image\",\"media_id\":\"M1\",\"created_at\":1}");
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "image/jpeg").body(new Buffer().write(new byte[] {1, 2, 3})).build());
        ByteArrayOutputStream outputStream = new ByteArrayOutputStream();
        UploadedMedia m = mp.media().upload(MediaType.IMAGE, poster);
        mp.media().download(m.mediaId(), outputStream);
        assertThat(outputStream.toByteArray()).containsExactly(1, 2, 3);

        Path coverFile = Files.write(dir.resolve("cover.jpg"), new byte[] {4});
        json("{\"media_id\":\"COVER\",\"url\":\"http://mmbiz.qpic.cn/c\"}");
        json("{\"total_count\":0,\"item_count\":0,\"item\":[]}");
        AddedMaterial cover = mp.materials().add(MediaType.IMAGE, coverFile);
        MaterialPage page = mp.materials().list(MaterialListType.IMAGE, 0, 20);
        assertThat(cover.mediaId()).isEqualTo("COVER");
        assertThat(page.items()).isEmpty();
        assertThat(server.takeRequest().getUrl().queryParameter("access_token")).isEqualTo("ACCESS_TOKEN");
    }

    @Test
    void draftPublishAndCommentSnippets() {
        WxMp mp = mp();
        String html = "<p>Vote now</p>";
        String coverMediaId = "COVER";
        json("{\"media_id\":\"DRAFT\"}");
        json("{\"publish_id\":\"P1\",\"msg_data_id\":\"2247503051\"}");
        json("{\"publish_id\":\"P1\",\"publish_status\":1}");
        String draftId = mp.drafts().add(List.of(Article.news("Spring vote", html, coverMediaId)));
        PublishSubmission task = mp.freepublish().submit(draftId);
        PublishStatus status = mp.freepublish().get(task.publishId());
        assertThat(status.state()).isEqualTo(PublishStatus.State.PUBLISHING);

        long msgDataId = Long.parseLong(task.msgDataId());
        json("{\"total\":1,\"comment\":[{\"user_comment_id\":7,\"openid\":\"o\",\"create_time\":1,\"content\":\"hi\",\"comment_type\":0}]}");
        json("{\"errcode\":0,\"errmsg\":\"ok\"}");
        CommentPage page = mp.comments().list(msgDataId, 0, 0, 50, CommentType.ALL);
        mp.comments().reply(msgDataId, 0, page.comments().get(0).userCommentId(), "Thanks!");
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void qrcodeOauthJssdkAndAnalyticsSnippets() {
        WxMp mp = mp();
        json("{\"ticket\":\"T/1\",\"expire_seconds\":604800,\"url\":\"http://weixin.qq.com/q/x\"}");
        QrCodeTicket t = mp.qrcodes().create(QrCodeRequest.temporary("vote-42", Duration.ofDays(7)));
        String image = t.showUrl();
        assertThat(image).isEqualTo("https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=T%2F1");
        assertThat(mp.qrcodes().showUrl(t.ticket())).isEqualTo(server.url("/") + "cgi-bin/showqrcode?ticket=T%2F1");

        String redirectUri = "https://shop.example.com/wx/callback";
        String state = "s3ss10n";
        String url = mp.oauth().authorizeUrl(redirectUri, Scope.USERINFO, state);
        assertThat(url).startsWith(server.url("/").toString() + "connect/oauth2/authorize?appid=wxappid&redirect_uri=https%3A%2F%2F")
                .endsWith("&response_type=code&scope=snsapi_userinfo&state=s3ss10n#wechat_redirect");
        json("{\"access_token\":\"WEB\",\"expires_in\":7200,\"refresh_token\":\"R\",\"openid\":\"o1\",\"scope\":\"snsapi_userinfo\"}");
        json("{\"openid\":\"o1\",\"nickname\":\"n\",\"sex\":0}");
        String code = "CODE";
        OAuthToken token = mp.oauth().exchangeCode(code);
        OAuthUser user = mp.oauth().userInfo(token, Lang.ZH_CN);
        assertThat(user.openid()).isEqualTo("o1");
        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(7200));

        json("{\"errcode\":0,\"errmsg\":\"ok\",\"ticket\":\"JSAPI\",\"expires_in\":7200}");
        String pageUrl = "https://shop.example.com/vote?id=42";
        JsSdkConfig cfg = mp.jssdk().config(pageUrl);
        assertThat(cfg.appId()).isEqualTo("wxappid");
        assertThat(mp.jssdk()).isSameAs(mp.jssdk());

        LocalDate yesterday = LocalDate.of(2026, 11, 25);
        json("{\"list\":[{\"ref_date\":\"2026-11-25\",\"user_source\":0,\"new_user\":3,\"cancel_user\":1}]}");
        List<UserSummary> rows = mp.analytics().userSummary(DateRange.of(yesterday.minusDays(6), yesterday));
        assertThat(rows).singleElement().extracting(UserSummary::newUser).isEqualTo(3L);
    }

    @Test
    void withoutBaseUrlTheAuthorizeUrlIsWeChats() {
        WxMp real = WxMp.builder().appId("wxappid").secret("secret").build();
        assertThat(real.oauth().authorizeUrl("https://a.example/cb", Scope.BASE, "s"))
                .startsWith("https://open.weixin.qq.com/connect/oauth2/authorize?appid=wxappid&");
        assertThat(real.qrcodes().showUrl("T")).isEqualTo("https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=T");
        real.close();
    }
}
