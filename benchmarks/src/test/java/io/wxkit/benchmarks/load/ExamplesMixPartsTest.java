package io.wxkit.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples mix's pieces that need no running app (the mix itself runs against one, see benchmarks/README.md). */
class ExamplesMixPartsTest {

    @Test
    void theSsoCallbackThroughThePublicUrlGoesBackToTheUsersInstanceWithItsTicket() {
        URI viaPublic = URI.create("http://127.0.0.1:8180/biz/crm/callback?ticket=ST-a%2Bb&state=0f1e");
        assertThat(SsoLogin.onInstance(URI.create("http://127.0.0.1:8181"), viaPublic))
                .isEqualTo(URI.create("http://127.0.0.1:8181/biz/crm/callback?ticket=ST-a%2Bb&state=0f1e"));
        assertThat(SsoLogin.onInstance(URI.create("http://127.0.0.1:8180"), URI.create("http://127.0.0.1:8180/biz/crm/")))
                .isEqualTo(URI.create("http://127.0.0.1:8180/biz/crm/"));
    }

    @Test
    void theCookieJarKeepsEachOriginsAndRolesCookiesApartAndForgetsExpiredOnes() {
        CookieJar jar = new CookieJar();
        URI app = URI.create("http://127.0.0.1:8180/vote");
        URI emulator = URI.create("http://127.0.0.1:9980/connect/oauth2/authorize");
        jar.store("wechat", FakeResponse.of(app, "JSESSIONID=abc; Path=/; HttpOnly", "other=1"));
        jar.store("staff", FakeResponse.of(app, "JSESSIONID=xyz; Path=/"));
        assertThat(jar.header("wechat", URI.create("http://127.0.0.1:8180/forum"))).isEqualTo("JSESSIONID=abc; other=1");
        assertThat(jar.header("staff", app)).isEqualTo("JSESSIONID=xyz");
        assertThat(jar.header("wechat", emulator)).isNull();
        jar.store("wechat", FakeResponse.of(app, "other=; Max-Age=0"));
        assertThat(jar.header("wechat", app)).isEqualTo("JSESSIONID=abc");
        jar.clear("wechat", app);
        assertThat(jar.header("wechat", app)).isNull();
    }

    @Test
    void theAnswersPassTheFormsRequiredFieldsAndLeaveTheOptionalOnesOut() throws Exception {
        JsonNode fields = AppStep.JSON.readTree("""
                [{"key":"name","type":"TEXT","required":true,"min":"2","max":"20","options":[]},
                 {"key":"phone","type":"PHONE","required":true,"options":[]},
                 {"key":"session","type":"SINGLE_CHOICE","required":true,"options":["主论坛","分论坛 A"]},
                 {"key":"company","type":"TEXT","required":false,"options":[]}]""");
        assertThat(ExamplesCatalogue.answers(fields)).isEqualTo(Map.of("name", List.of("负载测试"), "phone", List.of("13800138000"),
                "session", List.of("主论坛")));
        JsonNode file = AppStep.JSON.readTree("[{\"key\":\"photo\",\"type\":\"FILE\",\"required\":true,\"options\":[]}]");
        assertThatThrownBy(() -> ExamplesCatalogue.answers(file)).hasMessageContaining("FILE");
    }

    @Test
    void theSeedGivesTheAccountsKeysInWeChatsShapesAndAnotherSeedOthers(@TempDir Path a, @TempDir Path b) throws Exception {
        Files.writeString(a.resolve("emulator-seed"), "00".repeat(32) + "\n");
        Files.writeString(b.resolve("emulator-seed"), "01".repeat(32) + "\n");
        CallbackOperation.Account one = SeededAccount.of(a, "wxdemosvc00000001", "gh_1", "/wx/callback/svc");
        assertThat(one.token()).matches("[0-9a-f]{32}");
        assertThat(one.encodingAesKey()).matches("[A-Za-z0-9]{43}");
        assertThat(SeededAccount.of(a, "wxdemosvc00000001", "gh_1", "/wx/callback/svc")).isEqualTo(one);
        assertThat(SeededAccount.of(b, "wxdemosvc00000001", "gh_1", "/wx/callback/svc").token()).isNotEqualTo(one.token());
        assertThat(SeededAccount.of(a, "wxdemosub00000001", "gh_2", "/wx/callback/sub").token()).isNotEqualTo(one.token());
        // usable: a callback signed with them verifies and decrypts with the same keys
        new CallbackOperation(CallbackOperation.Kind.TEXT, one, "hi").request(URI.create("http://127.0.0.1:1"),
                new VirtualUser(0, "oUser", 1));
    }

    @Test
    void theTicketIsReadFromTheCallbacksQuery() {
        URI u = URI.create("http://127.0.0.1:8180/biz/library/callback?ticket=p9x-Oo4_bQ&state=1a02");
        assertThat(SsoLogin.query(u, "ticket")).isEqualTo("p9x-Oo4_bQ");
        assertThat(SsoLogin.query(u, "state")).isEqualTo("1a02");
        assertThat(SsoLogin.query(u, "code")).isNull();
        assertThat(SsoLogin.query(URI.create("http://127.0.0.1/x"), "ticket")).isNull();
    }
}
