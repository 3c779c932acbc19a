package io.wxkit.mp.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.WxApiException;
import io.wxkit.mp.internal.WeChatMock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link OAuthApi}. Sources: https://developers.weixin.qq.com/doc/service/api/webdev/access/api_snsaccesstoken
 * (exchange, errors 40029/40163), .../api_snsrefreshtoken (refresh), and
 * https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/Wechat_webpage_authorization.html (userinfo, /sns/auth).
 */
class OAuthApiTest {
    private static final Instant NOW = Instant.parse("2026-11-26T11:00:00Z");

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final WeChatMock wx = new WeChatMock(server);

    private OAuthApi oauth() {
        return new OAuthApi(wx.api(), "wxappid", "APPSECRET", OAuthApi.defaultAuthorizeBase(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static OAuthToken token(Scope scope) {
        return new OAuthToken("WEB_TOKEN", "REFRESH", "OPENID", null, scope, NOW.plusSeconds(7200), false);
    }

    @Test
    void authorizeUrlUsesTheAccountsAppIdAndConfiguredBase() {
        assertThat(oauth().authorizeUrl("http://nba.bluewebgame.com/oauth_response.php", Scope.USERINFO, "STATE"))
                .isEqualTo("https://open.weixin.qq.com/connect/oauth2/authorize?appid=wxappid&redirect_uri="
                        + "http%3A%2F%2Fnba.bluewebgame.com%2Foauth_response.php&response_type=code&scope=snsapi_userinfo"
                        + "&state=STATE#wechat_redirect");
        OAuthApi emulator = new OAuthApi(wx.api(), "wxappid", null, "http://127.0.0.1:9900/connect/oauth2/authorize", Clock.systemUTC());
        assertThat(emulator.authorizeUrl("https://a.example/cb", Scope.BASE, "s"))
                .startsWith("http://127.0.0.1:9900/connect/oauth2/authorize?appid=wxappid&");
        assertThat(emulator.toString()).isEqualTo("OAuthApi[wxappid]").doesNotContain("APPSECRET");
    }

    @Test
    void exchangeCodeSendsAppidSecretCodeWithoutTheAccountToken() {
        wx.json("{\"access_token\":\"ACCESS_TOKEN\",\"expires_in\":7200,\"refresh_token\":\"REFRESH_TOKEN\",\"openid\":\"OPENID\","
                + "\"scope\":\"snsapi_userinfo\",\"is_snapshotuser\":1,\"unionid\":\"UNIONID\"}");
        OAuthToken t = oauth().exchangeCode("CODE");
        RecordedRequest r = wx.take();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getUrl().encodedPath()).isEqualTo("/sns/oauth2/access_token");
        assertThat(r.getUrl().encodedQuery()).isEqualTo("appid=wxappid&secret=APPSECRET&code=CODE&grant_type=authorization_code");
        assertThat(t.accessToken()).isEqualTo("ACCESS_TOKEN");
        assertThat(t.unionid()).isEqualTo("UNIONID");
        assertThat(t.scope()).isEqualTo(Scope.USERINFO);
        assertThat(t.snapshotUser()).isTrue();
        assertThat(t.expiresAt()).isEqualTo(NOW.plusSeconds(7200));
    }

    @Test
    void usedCodeIsReportedWithWeChatsErrcode() {
        wx.json("{\"errcode\":40163,\"errmsg\":\"code been used, rid: 6385e4d3-4e0e1d7b-1b4e1c8b\"}");
        assertThatThrownBy(() -> oauth().exchangeCode("CODE")).isInstanceOfSatisfying(WxApiException.class, e -> {
            assertThat(e.errcode()).isEqualTo(40163);
            assertThat(e.getMessage()).doesNotContain("APPSECRET");
        });
    }

    @Test
    void exchangeWithoutSecretFailsBeforeCallingWeChat() {
        OAuthApi noSecret = new OAuthApi(wx.api(), "wxappid", null, OAuthApi.defaultAuthorizeBase(), Clock.systemUTC());
        assertThatThrownBy(() -> noSecret.exchangeCode("CODE")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AppSecret");
        OAuthApi emptySecret = new OAuthApi(wx.api(), "wxappid", "", OAuthApi.defaultAuthorizeBase(), Clock.systemUTC());
        assertThatThrownBy(() -> emptySecret.exchangeCode("CODE")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> oauth().exchangeCode("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void refreshSendsTheDocumentedQuery() {
        wx.json("{\"access_token\":\"ACCESS_TOKEN\",\"expires_in\":7200,\"refresh_token\":\"REFRESH_TOKEN\",\"openid\":\"OPENID\",\"scope\":\"snsapi_base\"}");
        OAuthToken t = oauth().refresh("REFRESH_TOKEN");
        RecordedRequest r = wx.take();
        assertThat(r.getUrl().encodedPath()).isEqualTo("/sns/oauth2/refresh_token");
        assertThat(r.getUrl().encodedQuery()).isEqualTo("appid=wxappid&grant_type=refresh_token&refresh_token=REFRESH_TOKEN");
        assertThat(t.scope()).isEqualTo(Scope.BASE);
        assertThat(t.unionid()).isNull();
    }

    @Test
    void expiredRefreshTokenIsReported() {
        wx.json("{\"errcode\":42002,\"errmsg\":\"refresh_token expired\"}");
        assertThatThrownBy(() -> oauth().refresh("R")).isInstanceOfSatisfying(WxApiException.class,
                e -> assertThat(e.errcode()).isEqualTo(42002));
    }

    @Test
    void userInfoSendsTheWebTokenOpenidAndLang() {
        wx.json("{\"openid\":\"OPENID\",\"nickname\":\"NICKNAME\",\"sex\":1,\"province\":\"PROVINCE\",\"city\":\"CITY\","
                + "\"country\":\"COUNTRY\",\"headimgurl\":\"https://thirdwx.qlogo.cn/mmopen/46\",\"privilege\":[\"PRIVILEGE1\",\"PRIVILEGE2\"],"
                + "\"unionid\":\"o6_bmasdasdsad6_2sgVt7hMZOPfL\"}");
        OAuthUser u = oauth().userInfo(token(Scope.USERINFO), Lang.EN);
        RecordedRequest r = wx.take();
        assertThat(r.getUrl().encodedPath()).isEqualTo("/sns/userinfo");
        assertThat(r.getUrl().encodedQuery()).isEqualTo("access_token=WEB_TOKEN&openid=OPENID&lang=en");
        assertThat(u.nickname()).isEqualTo("NICKNAME");
        assertThat(u.unionid()).isEqualTo("o6_bmasdasdsad6_2sgVt7hMZOPfL");
    }

    @Test
    void userInfoNeedsTheUserinfoScopeAndReportsErrors() {
        assertThatThrownBy(() -> oauth().userInfo(token(Scope.BASE), Lang.ZH_CN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("snsapi_userinfo");
        wx.json("{\"errcode\":48001,\"errmsg\":\"api unauthorized\"}");
        assertThatThrownBy(() -> oauth().userInfo(token(Scope.USERINFO), Lang.ZH_CN))
                .isInstanceOfSatisfying(WxApiException.class, e -> assertThat(e.errcode()).isEqualTo(48001));
    }

    @Test
    void validateIsTrueForOkAndFalseForARejectedToken() {
        wx.json("{\"errcode\":0,\"errmsg\":\"ok\"}").json("{\"errcode\":40003,\"errmsg\":\"invalid openid\"}")
                .json("{\"errcode\":45009,\"errmsg\":\"reach max api daily quota limit\"}");
        assertThat(oauth().validate(token(Scope.BASE))).isTrue();
        RecordedRequest r = wx.take();
        assertThat(r.getUrl().encodedPath()).isEqualTo("/sns/auth");
        assertThat(r.getUrl().encodedQuery()).isEqualTo("access_token=WEB_TOKEN&openid=OPENID");
        assertThat(oauth().validate(token(Scope.BASE))).isFalse();
        assertThatThrownBy(() -> oauth().validate(token(Scope.BASE)))
                .isInstanceOfSatisfying(WxApiException.class, e -> assertThat(e.errcode()).isEqualTo(45009));
    }
}
