package io.wxkit.spring.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.spring.mp.WxMpAutoConfiguration;
import io.wxkit.spring.oauth.WeChatBrowser;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import io.wxkit.sso.SsoBroker;
import io.wxkit.sso.client.Claim;
import io.wxkit.sso.client.ClientRegistration;
import io.wxkit.sso.client.IssuedCredentials;
import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/** The broker's endpoints over MockMvc: a business system's whole sign-in, with the emulator as WeChat. */
class SsoEndpointsTest {
    static final String APP_ID = "wxssostarter01";
    static final String SECRET = "sso-starter-secret";
    static final String CRM = "https://crm.example.com/sso/callback";
    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    private static WxEmulator emulator;
    private static WeChatBrowser browser;
    private static String alice;

    @BeforeAll
    static void start() {
        emulator = WxEmulator.start();
        emulator.control().account(APP_ID, SECRET, "ssotoken", null, "http://127.0.0.1:9/unused", CallbackMode.PLAIN);
        alice = emulator.control().user(APP_ID, "Alice").openid();
        browser = new WeChatBrowser(emulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private void mvc(String db, BiConsumer<MockMvc, IssuedCredentials> test) {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class, WxMpAutoConfiguration.class,
                        WxSsoAutoConfiguration.class))
                .withUserConfiguration(Mvc.class)
                .withBean(DataSource.class, () -> h2(db))
                .withPropertyValues("wxkit.store=memory", "wxkit.mp.app-id=" + APP_ID, "wxkit.mp.secret=" + SECRET,
                        "wxkit.mp.base-url=" + emulator.baseUrl(), "wxkit.sso.enabled=true",
                        "wxkit.sso.public-base-url=http://localhost/sso", "wxkit.sso.master-key=" + KEY,
                        "wxkit.sso.max-body-bytes=2048")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    IssuedCredentials crm = ctx.getBean(SsoBroker.class).clients().register(
                            ClientRegistration.of("crm", "CRM", List.of(CRM)).claims(Claim.ACCOUNT), "admin:test");
                    test.accept(MockMvcBuilders.webAppContextSetup(ctx).build(), crm);
                });
    }

    static DataSource h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    @Test
    void authorizeCallbackRedeemThroughTheStarterEndpoints() {
        mvc("sso_flow", (m, crm) -> {
            String ticket = signIn(m, "client-state-1");
            MvcResult redeemed = perform(m, redeem("crm", crm.clientSecret(), ticket));
            assertThat(redeemed.getResponse().getStatus()).isEqualTo(200);
            assertThat(redeemed.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
            assertThat(body(redeemed)).contains("\"openid\":\"" + alice + "\"").contains("\"status\":\"unbound\"");
        });
    }

    @Test
    void aReplayedTicketIsRefused() {
        mvc("sso_replay", (m, crm) -> {
            String ticket = signIn(m, "s2");
            assertThat(perform(m, redeem("crm", crm.clientSecret(), ticket)).getResponse().getStatus()).isEqualTo(200);
            MvcResult again = perform(m, redeem("crm", crm.clientSecret(), ticket));
            assertThat(again.getResponse().getStatus()).isEqualTo(400);
            assertThat(body(again)).contains("\"error\":\"invalid_ticket\"");
        });
    }

    @Test
    void aBadClientSecretIsRefusedAndNotEchoed() {
        mvc("sso_secret", (m, crm) -> {
            String ticket = signIn(m, "s3");
            MvcResult bad = perform(m, redeem("crm", "wrong-secret-4711", ticket));
            assertThat(bad.getResponse().getStatus()).isEqualTo(401);
            assertThat(body(bad)).contains("\"error\":\"invalid_client\"").doesNotContain("wrong-secret-4711");
            // the ticket was not spent by the failed attempt
            assertThat(perform(m, redeem("crm", crm.clientSecret(), ticket)).getResponse().getStatus()).isEqualTo(200);
        });
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        mvc("sso_big", (m, crm) -> {
            MvcResult big = perform(m, post("/sso/redeem").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .header("Authorization", basic("crm", crm.clientSecret())).content("ticket=" + "x".repeat(4000)));
            assertThat(big.getResponse().getStatus()).isEqualTo(413);
        });
    }

    @Test
    void aCallbackFromAnotherBrowserOrWithARepeatedParameterIsRefused() {
        mvc("sso_csrf", (m, crm) -> {
            MvcResult a = perform(m, get("/sso/authorize").queryParam("client_id", "crm").queryParam("redirect_uri", CRM)
                    .queryParam("state", "s4"));
            String back = browser.silently(a.getResponse().getHeader("Location"), alice);
            MvcResult noCookie = perform(m, get(path(back)).queryParams(query(back)));
            assertThat(noCookie.getResponse().getStatus()).isBetween(400, 403);
            assertThat(noCookie.getResponse().getHeader("Location")).isNull();
            MvcResult twice = perform(m, get("/sso/authorize?client_id=crm&client_id=other&redirect_uri=x&state=s"));
            assertThat(twice.getResponse().getStatus()).isEqualTo(400);
            assertThat(perform(m, get("/sso/nothing-here")).getResponse().getStatus()).isEqualTo(404);
        });
    }

    /** A browser's trip: /sso/authorize → WeChat (emulator) → /sso/callback with the state cookie → the client. */
    private static String signIn(MockMvc m, String clientState) {
        MvcResult a = perform(m, get("/sso/authorize").queryParam("client_id", "crm").queryParam("redirect_uri", CRM)
                .queryParam("state", clientState));
        assertThat(a.getResponse().getStatus()).isEqualTo(302);
        String wechat = a.getResponse().getHeader("Location");
        assertThat(wechat).startsWith(emulator.baseUrl() + "/connect/oauth2/authorize?appid=" + APP_ID)
                .contains("redirect_uri=http%3A%2F%2Flocalhost%2Fsso%2Fcallback");
        Cookie state = a.getResponse().getCookie("wxkit_sso_state");
        assertThat(state).isNotNull();
        String back = browser.silently(wechat, alice);
        assertThat(back).startsWith("http://localhost/sso/callback?code=");
        MvcResult c = perform(m, get(path(back)).queryParams(query(back)).cookie(new Cookie(state.getName(), state.getValue())));
        assertThat(c.getResponse().getStatus()).isEqualTo(302);
        String toClient = c.getResponse().getHeader("Location");
        assertThat(toClient).startsWith(CRM + "?ticket=").endsWith("&state=" + clientState);
        return WeChatBrowser.query(toClient).getFirst("ticket");
    }

    private static RequestBuilder redeem(String clientId, String secret, String ticket) {
        return post("/sso/redeem").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("Authorization", basic(clientId, secret)).content("ticket=" + ticket);
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static String path(String url) {
        return java.net.URI.create(url).getPath();
    }

    private static MultiValueMap<String, String> query(String url) {
        MultiValueMap<String, String> raw = WeChatBrowser.query(url);
        var decoded = new org.springframework.util.LinkedMultiValueMap<String, String>();
        raw.forEach((k, v) -> v.forEach(value -> decoded.add(k, URLDecoder.decode(value, StandardCharsets.UTF_8))));
        return decoded;
    }

    private static MvcResult perform(MockMvc m, RequestBuilder rb) {
        try {
            return m.perform(rb).andReturn();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String body(MvcResult r) {
        try {
            return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebMvc
    static class Mvc {
    }
}
