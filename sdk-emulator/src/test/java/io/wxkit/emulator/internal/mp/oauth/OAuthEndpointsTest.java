package io.wxkit.emulator.internal.mp.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OAuthEndpointsTest {
    private static final String REDIRECT = URLEncoder.encode("https://app.example.com/cb?x=1", StandardCharsets.UTF_8);
    private WxEmulator emulator;
    private TestHttp http;
    private String openid;

    @BeforeEach
    void start() {
        emulator = WxEmulator.start();
        http = new TestHttp(emulator.baseUrl());
        http.post("/emulator/accounts", "{\"appId\":\"wx1\",\"secret\":\"s\",\"token\":\"tok123\"}");
        openid = http.post("/emulator/users", "{\"appId\":\"wx1\",\"nickname\":\"Alice <3\"}").json().get("openid")
                .asText();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String authorize(String scope, String extra) {
        return "/connect/oauth2/authorize?appid=wx1&redirect_uri=" + REDIRECT + "&response_type=code&scope=" + scope
                + "&state=S1" + extra + "#wechat_redirect";
    }

    private String codeFrom(String location) {
        assertThat(location).startsWith("https://app.example.com/cb?x=1&code=").endsWith("&state=S1");
        return location.replaceAll(".*code=([^&]+).*", "$1");
    }

    @Test
    void consentPageListsFakeUsersEscapedAndAllowRedirectsWithCodeAndState() {
        TestHttp.Result page = http.get(authorize("snsapi_userinfo", ""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Alice &lt;3").contains(openid).contains("oauth-allow");
        TestHttp.Result redirect = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl()
                        + "/connect/oauth2/authorize/confirm"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("appid=wx1&redirect_uri=" + REDIRECT
                        + "&scope=snsapi_userinfo&state=S1&response_type=code&openid=" + openid + "&decision=allow")));
        assertThat(redirect.status()).isEqualTo(302);
        String code = codeFrom(redirect.headers().firstValue("Location").orElseThrow());
        JsonNode token = http.get("/sns/oauth2/access_token?appid=wx1&secret=s&code=" + code
                + "&grant_type=authorization_code").json();
        assertThat(token.get("openid").asText()).isEqualTo(openid);
        assertThat(token.get("scope").asText()).isEqualTo("snsapi_userinfo");
        assertThat(token.get("unionid").asText()).isNotBlank();
        JsonNode again = http.get("/sns/oauth2/access_token?appid=wx1&secret=s&code=" + code
                + "&grant_type=authorization_code").json();
        assertThat(again.get("errcode").asInt()).isEqualTo(40163);
        JsonNode info = http.get("/sns/userinfo?access_token=" + token.get("access_token").asText() + "&openid="
                + openid + "&lang=zh_CN").json();
        assertThat(info.get("nickname").asText()).isEqualTo("Alice <3");
        JsonNode refreshed = http.get("/sns/oauth2/refresh_token?appid=wx1&grant_type=refresh_token&refresh_token="
                + token.get("refresh_token").asText()).json();
        assertThat(refreshed.get("access_token").asText()).isNotEqualTo(token.get("access_token").asText());
        assertThat(http.get("/sns/auth?access_token=" + refreshed.get("access_token").asText() + "&openid=" + openid)
                .json().get("errcode").asInt()).isZero();
    }

    @Test
    void denyRedirectsWithStateOnly() {
        TestHttp.Result redirect = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl()
                        + "/connect/oauth2/authorize/confirm"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("appid=wx1&redirect_uri=" + REDIRECT
                        + "&scope=snsapi_userinfo&state=S1&response_type=code&openid=" + openid + "&decision=deny")));
        assertThat(redirect.headers().firstValue("Location").orElseThrow())
                .isEqualTo("https://app.example.com/cb?x=1&state=S1");
    }

    @Test
    void baseScopeWithAChosenUserIsSilentAndItsTokenCannotReadUserinfo() {
        TestHttp.Result redirect = http.get(authorize("snsapi_base", "&emulator_openid=" + openid));
        assertThat(redirect.status()).isEqualTo(302);
        String code = codeFrom(redirect.headers().firstValue("Location").orElseThrow());
        JsonNode token = http.get("/sns/oauth2/access_token?appid=wx1&secret=s&code=" + code
                + "&grant_type=authorization_code").json();
        assertThat(token.has("unionid")).isFalse();
        assertThat(http.get("/sns/userinfo?access_token=" + token.get("access_token").asText() + "&openid=" + openid)
                .json().get("errcode").asInt()).isEqualTo(48001);
    }

    @Test
    void badRequestsAnswerWeChatsCodes() {
        assertThat(http.get(authorize("snsapi_login", "")).body()).contains("10005");
        assertThat(http.get(authorize("snsapi_base", "").replace("appid=wx1", "appid=wx9")).body()).contains("40013");
        assertThat(http.get("/sns/oauth2/access_token?appid=wx1&secret=s&code=nope&grant_type=authorization_code")
                .json().get("errcode").asInt()).isEqualTo(40029);
        assertThat(http.get("/sns/oauth2/access_token?appid=wx1&secret=bad&code=nope&grant_type=authorization_code")
                .json().get("errcode").asInt()).isEqualTo(40125);
        assertThat(http.get("/sns/oauth2/refresh_token?appid=wx1&grant_type=refresh_token&refresh_token=x")
                .json().get("errcode").asInt()).isEqualTo(40030);
        String code = emulator.control().oauthCode("wx1", openid, "snsapi_base");
        assertThat(http.get("/sns/oauth2/access_token?appid=wx1&secret=s&code=" + code
                + "&grant_type=authorization_code").json().get("openid").asText()).isEqualTo(openid);
    }
}
