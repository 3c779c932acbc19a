package io.wxkit.spring.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.mp.oauth.Scope;
import io.wxkit.spring.mp.WxMpAutoConfiguration;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/** The H5 login end to end: MockMvc plays the app's server, the emulator plays WeChat's authorize page. */
class WxOAuthLoginTest {
    private static final String APP_ID = "wxoauth000001";
    private static final String SECRET = "oauth-secret-1";
    private static WxEmulator emulator;
    private static WeChatBrowser browser;
    private static FakeUser mei;

    @BeforeAll
    static void start() {
        emulator = WxEmulator.start();
        emulator.control().account(APP_ID, SECRET, "oauthtoken", null, "http://127.0.0.1:9/unused", CallbackMode.PLAIN);
        mei = emulator.control().user(APP_ID, "Mei <3");
        browser = new WeChatBrowser(emulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private WebApplicationContextRunner runner(String... extra) {
        return new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class, WxMpAutoConfiguration.class,
                        WxOAuthAutoConfiguration.class))
                .withUserConfiguration(App.class)
                .withPropertyValues("wxkit.store=memory", "wxkit.mp.app-id=" + APP_ID, "wxkit.mp.secret=" + SECRET,
                        "wxkit.mp.base-url=" + emulator.baseUrl(), "wxkit.mp.oauth.enabled=true",
                        "wxkit.mp.oauth.paths=/h5/**", "wxkit.mp.oauth.exclude-paths=/h5/public/**")
                .withPropertyValues(extra);
    }

    private void mvc(BiConsumer<MockMvc, MockHttpSession> test, String... properties) {
        runner(properties).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            test.accept(MockMvcBuilders.webAppContextSetup(ctx).build(), new MockHttpSession());
        });
    }

    @Test
    void aPageThatNeedsTheUserSignsInSilentlyWithSnsapiBaseAndReturnsToThePage() {
        mvc((m, session) -> {
            String authorize = redirect(m, get("/h5/me").queryParam("tab", "2").session(session));
            assertThat(authorize).startsWith(emulator.baseUrl() + "/connect/oauth2/authorize?appid=" + APP_ID
                    + "&redirect_uri=" + "http%3A%2F%2Flocalhost%2Fwxkit%2Foauth%2Fcallback")
                    .contains("&response_type=code&scope=snsapi_base&state=").endsWith("#wechat_redirect");
            String back = browser.silently(authorize, mei.openid());
            assertThat(back).startsWith("http://localhost/wxkit/oauth/callback?code=");
            String before = session.getId();
            assertThat(redirect(m, callback(back, session))).isEqualTo("/h5/me?tab=2");
            assertThat(session.getId()).as("the session id is rotated on login").isNotEqualTo(before);
            assertThat(body(m, get("/h5/me").session(session), 200)).isEqualTo(mei.openid() + "|null|null|snsapi_base");
        });
    }

    @Test
    void snsapiUserinfoGoesThroughTheConsentPageAndKeepsNicknameAndUnionid() {
        mvc((m, session) -> {
            String authorize = redirect(m, get("/h5/me").session(session));
            assertThat(authorize).contains("scope=snsapi_userinfo");
            String back = browser.consent(authorize, mei.openid(), true);
            assertThat(redirect(m, callback(back, session))).isEqualTo("/h5/me");
            WxUserPrincipal user = (WxUserPrincipal) session.getAttribute(OAuthSession.USER);
            assertThat(user).isEqualTo(new WxUserPrincipal(APP_ID, mei.openid(), mei.unionid(), "Mei <3", null,
                    Scope.USERINFO));
            assertThat(body(m, get("/h5/me").session(session), 200))
                    .isEqualTo(mei.openid() + "|" + mei.unionid() + "|Mei <3|snsapi_userinfo");
        }, "wxkit.mp.oauth.scope=snsapi_userinfo");
    }

    @Test
    void aDeniedConsentIsA400PageAndNoUser() {
        mvc((m, session) -> {
            String back = browser.consent(redirect(m, get("/h5/me").session(session)), mei.openid(), false);
            assertThat(page(m, callback(back, session), 400)).contains("declined");
            assertThat(session.getAttribute(OAuthSession.USER)).isNull();
        }, "wxkit.mp.oauth.scope=snsapi_userinfo");
    }

    @Test
    void aStateFromAnotherSessionIsRefused() {
        mvc((m, session) -> {
            String back = browser.silently(redirect(m, get("/h5/me").session(session)), mei.openid());
            MockHttpSession attacker = new MockHttpSession();
            redirect(m, get("/h5/me").session(attacker)); // the other browser has pending logins of its own
            assertThat(page(m, callback(back, attacker), 400)).contains("another browser");
            assertThat(attacker.getAttribute(OAuthSession.USER)).isNull();
            // and no session at all
            assertThat(page(m, callback(back, null), 400)).contains("already used");
        });
    }

    @Test
    void aTamperedStateIsRefusedAndAStateIsGoodForOneLoginOnly() {
        mvc((m, session) -> {
            String back = browser.silently(redirect(m, get("/h5/me").session(session)), mei.openid());
            MultiValueMap<String, String> q = WeChatBrowser.query(back);
            String state = q.getFirst("state");
            String flipped = (state.charAt(0) == 'A' ? 'B' : 'A') + state.substring(1);
            page(m, get("/wxkit/oauth/callback").param("code", q.getFirst("code")).param("state", flipped)
                    .session(session), 400);
            page(m, get("/wxkit/oauth/callback").param("code", "x").param("state", "bad state!").session(session), 400);
            page(m, get("/wxkit/oauth/callback").param("code", "x").session(session), 400);
            assertThat(redirect(m, callback(back, session))).isEqualTo("/h5/me");
            assertThat(page(m, callback(back, session), 400)).contains("already used");
        });
    }

    @Test
    void aCodeWeChatRefusesIsA400NamingTheErrcodeAndTheStateIsSpent() {
        mvc((m, session) -> {
            String back = browser.silently(redirect(m, get("/h5/me").session(session)), mei.openid());
            String state = WeChatBrowser.query(back).getFirst("state");
            String html = page(m, get("/wxkit/oauth/callback").param("code", "forged").param("state", state)
                    .session(session), 400);
            assertThat(html).contains("errcode 40029");
            assertThat(page(m, callback(back, session), 400)).contains("already used");
        });
    }

    @Test
    void theLoginLinkOnlyReturnsToPathsOfThisSite() {
        mvc((m, session) -> {
            for (String target : new String[] {"https://evil.example/x", "//evil.example/x", "/\\evil.example",
                    "/ok\r\nSet-Cookie: a=b", "javascript:alert(1)", ""}) {
                MvcResult r = perform(m, get("/wxkit/oauth/login").param("redirect", target).session(session));
                assertThat(r.getResponse().getStatus()).as(target).isEqualTo(400);
                assertThat(r.getResponse().getHeader("Location")).isNull();
            }
            String authorize = redirect(m, get("/wxkit/oauth/login").param("redirect", "/open/hello?x=1").session(session));
            assertThat(redirect(m, callback(browser.silently(authorize, mei.openid()), session))).isEqualTo("/open/hello?x=1");
            assertThat(body(m, get("/open/hello").session(session), 200)).isEqualTo("hello " + mei.openid());
            // signed in already: straight back, no second trip to WeChat
            assertThat(redirect(m, get("/wxkit/oauth/login").param("redirect", "/open/hello").session(session)))
                    .isEqualTo("/open/hello");
        });
    }

    @Test
    void aProtocolRelativePageAddressCannotBecomeTheReturnAddress() throws Exception {
        runner("wxkit.mp.oauth.paths=/**").run(ctx -> {
            MockMvc m = MockMvcBuilders.webAppContextSetup(ctx).build();
            MockHttpSession session = new MockHttpSession();
            // what a hand-made request line can carry to a catch-all handler (e.g. Boot's static resources on /**)
            MockHttpServletRequest page = new MockHttpServletRequest("GET", "//evil.example/h5/me");
            page.setSession(session);
            MockHttpServletResponse response = new MockHttpServletResponse();
            WxOAuthInterceptor interceptor = new WxOAuthInterceptor(ctx.getBean(OAuthLogin.class),
                    new PagePaths(List.of("/**"), List.of()));
            assertThat(interceptor.preHandle(page, response, new Object())).isFalse();
            String back = browser.silently(response.getRedirectedUrl(), mei.openid());
            assertThat(redirect(m, callback(back, session))).as("the callback itself is never intercepted").isEqualTo("/");
            assertThat(redirect(m, get("/wxkit/oauth/login").param("redirect", "/x").session(session))).isEqualTo("/x");
        });
    }

    @Test
    void optionalRequiredExcludedAndPostPages() {
        mvc((m, session) -> {
            assertThat(body(m, get("/open/hello"), 200)).isEqualTo("hello anonymous");
            assertThat(body(m, get("/h5/public/about"), 200)).isEqualTo("about");
            MvcResult required = perform(m, get("/open/me"));
            assertThat(required.getResponse().getStatus()).isEqualTo(401);
            assertThat(page(m, post("/h5/vote").session(session), 401)).contains("sign in with WeChat");
        });
    }

    @Test
    void theRedirectUriUsesThePublicBaseUrlWhenSet() {
        mvc((m, session) -> assertThat(redirect(m, get("/h5/me").header("Host", "forged.example").session(session)))
                .contains("redirect_uri=https%3A%2F%2Fh5.example.com%2Fwxkit%2Foauth%2Fcallback"),
                "wxkit.mp.oauth.public-base-url=https://h5.example.com/");
    }

    private static RequestBuilder callback(String back, MockHttpSession session) {
        MultiValueMap<String, String> q = WeChatBrowser.query(back);
        var rb = get("/wxkit/oauth/callback");
        q.forEach((k, v) -> v.forEach(value -> rb.param(k, URLDecoder.decode(value, StandardCharsets.UTF_8))));
        return session == null ? rb : rb.session(session);
    }

    private static String redirect(MockMvc m, RequestBuilder rb) {
        MvcResult r = perform(m, rb);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsByteArray().length + " bytes").isEqualTo(302);
        return r.getResponse().getHeader("Location");
    }

    private static String page(MockMvc m, RequestBuilder rb, int status) {
        String html = body(m, rb, status);
        assertThat(html).contains("wxkit-oauth-error").doesNotContain("Exception").doesNotContain("at io.wxkit");
        return html;
    }

    private static String body(MockMvc m, RequestBuilder rb, int status) {
        MvcResult r = perform(m, rb);
        try {
            assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
            return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    private static MvcResult perform(MockMvc m, RequestBuilder rb) {
        try {
            return m.perform(rb).andReturn();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebMvc
    @Import(Pages.class)
    static class App {
    }

    @RestController
    static class Pages {
        @GetMapping("/h5/me")
        String me(@WxUser WxUserPrincipal user) {
            return user.openid() + "|" + user.unionid() + "|" + user.nickname() + "|" + user.scope().wireName();
        }

        @PostMapping("/h5/vote")
        String vote(@WxUser WxUserPrincipal user) {
            return "voted " + user.openid();
        }

        @GetMapping("/h5/public/about")
        String about() {
            return "about";
        }

        @GetMapping("/open/hello")
        String hello(@WxUser(required = false) WxUserPrincipal user) {
            return "hello " + (user == null ? "anonymous" : user.openid());
        }

        @GetMapping("/open/me")
        String openMe(@WxUser WxUserPrincipal user) {
            return user.openid();
        }
    }
}
