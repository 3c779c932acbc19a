package io.wxkit.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.core.json.Json;
import io.wxkit.sso.audit.AuditEvent;
import io.wxkit.sso.binding.BindProof;
import io.wxkit.sso.broker.BrokerResponse;
import io.wxkit.sso.client.Claim;
import io.wxkit.sso.client.IssuedCredentials;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The broker's threats, each refused (docs/security.md "sdk-sso"), on H2 with the emulator's OAuth. */
class BrokerSecurityTest {
    static final String CRM = "https://crm.example.com/sso/callback";
    static HikariDataSource ds;
    SsoFixture fx;
    final Json json = Json.create();
    IssuedCredentials crm;
    String alice;

    @BeforeAll
    static void start() {
        ds = TestDb.H2.open("broker_security");
    }

    @AfterAll
    static void stop() {
        ds.close();
    }

    @BeforeEach
    void setUp() {
        // a broker per test: rate-limit counters and lockouts must not leak between tests
        fx = SsoFixture.start(ds, b -> b.failureLimits(3, 5, Duration.ofMinutes(1)));
        crm = fx.register("crm", CRM, Claim.ACCOUNT, Claim.UNIONID);
        alice = fx.user("Alice");
    }

    @AfterEach
    void clean() {
        fx.close();
        TestDb.clean(ds);
    }

    @Test
    void anUnboundUserGetsABindingTokenAndABoundOneHerAccount() {
        BrokerResponse first = fx.redeem("crm", crm.clientSecret(), fx.ticket("crm", CRM, alice));
        assertThat(first.status()).isEqualTo(200);
        var unbound = json.readTree(first.body());
        assertThat(unbound.path("status").asText()).isEqualTo("unbound");
        assertThat(unbound.path("openid").asText()).isEqualTo(alice);
        assertThat(unbound.has("unionid")).isFalse(); // snsapi_base: WeChat gives no unionid
        assertThat(unbound.path("binding_url").asText()).isEqualTo(SsoFixture.BASE + "/bind");
        assertThat(unbound.path("binding_token").asText()).hasSize(22);
        assertThat(first.header("Cache-Control")).isEqualTo("no-store");

        fx.sso.bindings().bind(alice, "crm", "E1001", null, BindProof.admin("alice-admin"));
        var bound = json.readTree(fx.redeem("crm", crm.clientSecret(), fx.ticket("crm", CRM, alice)).body());
        assertThat(bound.path("status").asText()).isEqualTo("bound");
        assertThat(bound.path("account_id").asText()).isEqualTo("E1001");
        String session = bound.path("session_id").asText();
        assertThat(fx.post("/session/introspect", Map.of("client_id", "crm", "client_secret", crm.clientSecret(),
                "session_id", session), "198.51.100.1").body()).isEqualTo("{\"active\":true}");
        assertThat(fx.post("/logout", Map.of("client_id", "crm", "client_secret", crm.clientSecret(),
                "session_id", session), "198.51.100.1").body()).isEqualTo("{\"revoked\":true}");
        assertThat(fx.sso.sessions().active("crm", session)).isFalse();
    }

    @Test
    void aProfileClientGetsNicknameAvatarAndUnionidThroughSnsapiUserinfo() {
        IssuedCredentials portal = fx.register("portal", "https://portal.example.com/sso", Claim.PROFILE, Claim.UNIONID);
        BrokerResponse a = fx.authorize("portal", "https://portal.example.com/sso", "s");
        assertThat(a.location()).contains("scope=snsapi_userinfo");
        String ticket = SsoFixture.query(fx.signIn("portal", "https://portal.example.com/sso", alice, "s").location())
                .get("ticket");
        var id = json.readTree(fx.redeem("portal", portal.clientSecret(), ticket).body());
        assertThat(id.path("nickname").asText()).isEqualTo("Alice");
        assertThat(id.path("unionid").asText()).isNotEmpty();
        assertThat(id.has("account_id")).isFalse();
    }

    @Test
    void aClientWithoutClaimsLearnsTheOpenidOnly() {
        IssuedCredentials plain = fx.register("plain", "https://plain.example.com/sso");
        fx.sso.bindings().bind(alice, "plain", "P1", null, BindProof.admin("ops"));
        String ticket = fx.ticket("plain", "https://plain.example.com/sso", alice);
        var id = json.readTree(fx.redeem("plain", plain.clientSecret(), ticket).body());
        assertThat(id.path("status").asText()).isEqualTo("bound");
        assertThat(id.has("account_id")).isFalse();
        assertThat(id.has("unionid")).isFalse();
        assertThat(id.has("nickname")).isFalse();
    }

    @Test
    void theRedirectCarriesTheTicketAndTheClientsOwnStateAndClearsTheCookie() {
        BrokerResponse a = fx.authorize("crm", CRM, "client-state 1");
        assertThat(a.status()).isEqualTo(302);
        assertThat(a.location()).startsWith(fx.wx.baseUrl() + "/connect/oauth2/authorize?appid=" + SsoFixture.APP_ID)
                .contains("scope=snsapi_base").endsWith("#wechat_redirect");
        assertThat(a.setCookies()).singleElement().asString().startsWith("wxkit_sso_state=")
                .contains("; Path=/sso;", "HttpOnly", "SameSite=Lax", "Secure");
        BrokerResponse back = fx.signIn("crm", CRM, alice, "client-state 1");
        assertThat(back.location()).startsWith(CRM + "?ticket=").endsWith("&state=client-state+1");
        assertThat(back.setCookies()).singleElement().asString().contains("Max-Age=0");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://crm.example.com/sso/callback/", "https://crm.example.com/sso/callback/../evil",
        "https://crm.example.com/sso/callbackX", "https://crm.example.com/sso/callback?next=https://evil.example",
        "https://CRM.example.com/sso/callback", "HTTPS://crm.example.com/sso/callback",
        "https://crm.example.com/SSO/callback", "https://crm.example.com.evil.example/sso/callback",
        "https://crm.example.com@evil.example/sso/callback", "https://evil.example/#@crm.example.com/sso/callback",
        "https://crm.example.com%2F@evil.example/sso/callback", "https://crm.example.com/sso/callback%2F..%2Fevil",
        "https://crm.example.com/sso/%63allback", "http://crm.example.com/sso/callback",
        "https://crm.example.com:443/sso/callback", "https://*.example.com/sso/callback", "https://crm.example.com/*",
        "//evil.example/sso/callback", "https://crm.example.com/sso/callback\r\nLocation: https://evil.example",
        " https://crm.example.com/sso/callback", "https://crm.example.com/sso/callback#frag", ""})
    void anythingButTheExactRegisteredUriIsRefusedWithoutARedirect(String uri) {
        BrokerResponse r = fx.authorize("crm", uri, "s");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.location()).isNull();
        assertThat(r.setCookies()).isEmpty();
        assertThat(json.readTree(r.body()).path("error").asText()).isEqualTo("invalid_redirect_uri");
        assertThat(r.body()).doesNotContain("\r").doesNotContain("\n");
        assertThat(fx.sso.audit().forClient("crm", 5)).first()
                .extracting(AuditEvent::action, AuditEvent::outcome).containsExactly("authorize", "invalid_redirect_uri");
    }

    @Test
    void anUnknownOrDisabledClientIsRefusedWithoutARedirect() {
        assertThat(fx.authorize("nope", CRM, "s").status()).isEqualTo(401);
        fx.sso.clients().disable("crm", "admin:test");
        BrokerResponse r = fx.authorize("crm", CRM, "s");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.location()).isNull();
    }

    @Test
    void aCallbackWithoutTheBrowsersCookieOrWithAnotherStateIsRefused() {
        BrokerResponse a = fx.authorize("crm", CRM, "s");
        Map<String, String> wechat = SsoFixture.query(a.location());
        String code = fx.wx.control().oauthCode(SsoFixture.APP_ID, alice, "snsapi_base");
        String cookie = SsoFixture.cookies(a).get("wxkit_sso_state");
        // no cookie (login CSRF: the attacker's callback URL opened in the victim's browser)
        assertInvalidState(fx.get("/callback", Map.of("code", code, "state", wechat.get("state")), Map.of()));
        // cookie of another authorization
        BrokerResponse other = fx.authorize("crm", CRM, "s");
        assertInvalidState(fx.get("/callback", Map.of("code", code, "state", wechat.get("state")),
                SsoFixture.cookies(other)));
        // tampered cookie: same state, forged expiry
        String[] p = cookie.split("\\.");
        assertInvalidState(fx.get("/callback", Map.of("code", code, "state", wechat.get("state")),
                Map.of("wxkit_sso_state", p[0] + "." + (Long.parseLong(p[1]) + 9999) + "." + p[2])));
        // no state at all
        assertInvalidState(fx.get("/callback", Map.of("code", code), SsoFixture.cookies(a)));
    }

    @Test
    void anExpiredStateCookieIsRefused() {
        BrokerResponse a = fx.authorize("crm", CRM, "s");
        Map<String, String> wechat = SsoFixture.query(a.location());
        fx.clock.advance(Duration.ofMinutes(11));
        String code = fx.wx.control().oauthCode(SsoFixture.APP_ID, alice, "snsapi_base");
        assertInvalidState(fx.get("/callback", Map.of("code", code, "state", wechat.get("state")),
                SsoFixture.cookies(a)));
    }

    @Test
    void aReplayedStateIsRefused() {
        BrokerResponse a = fx.authorize("crm", CRM, "s");
        Map<String, String> wechat = SsoFixture.query(a.location());
        Map<String, String> cookies = SsoFixture.cookies(a);
        String code = fx.wx.control().oauthCode(SsoFixture.APP_ID, alice, "snsapi_base");
        assertThat(fx.get("/callback", Map.of("code", code, "state", wechat.get("state")), cookies).status())
                .isEqualTo(302);
        String code2 = fx.wx.control().oauthCode(SsoFixture.APP_ID, alice, "snsapi_base");
        assertInvalidState(fx.get("/callback", Map.of("code", code2, "state", wechat.get("state")), cookies));
    }

    @Test
    void aRefusedConsentGoesBackToTheClientAsAccessDenied() {
        BrokerResponse a = fx.authorize("crm", CRM, "s1");
        Map<String, String> wechat = SsoFixture.query(a.location());
        BrokerResponse r = fx.get("/callback", Map.of("state", wechat.get("state")), SsoFixture.cookies(a));
        assertThat(r.location()).isEqualTo(CRM + "?error=access_denied&state=s1");
    }

    @Test
    void aTicketIsRedeemedOnceAndAReplayIsRefused() {
        String ticket = fx.ticket("crm", CRM, alice);
        assertThat(fx.redeem("crm", crm.clientSecret(), ticket).status()).isEqualTo(200);
        BrokerResponse again = fx.redeem("crm", crm.clientSecret(), ticket);
        assertThat(again.status()).isEqualTo(400);
        assertThat(json.readTree(again.body()).path("error").asText()).isEqualTo("invalid_ticket");
    }

    @Test
    void sixtyFourRacingRedemptionsOfOneTicketSucceedExactlyOnce() throws Exception {
        String ticket = fx.ticket("crm", CRM, alice);
        List<Integer> statuses = Race.run(64, () -> fx.redeem("crm", crm.clientSecret(), ticket).status());
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 400).hasSize(63);
    }

    @Test
    void aTicketRedeemedByAnotherClientIsRefusedAndDeadForItsOwnerToo() {
        IssuedCredentials hr = fx.register("hrm", "https://hr.example.com/sso");
        String ticket = fx.ticket("crm", CRM, alice);
        BrokerResponse stolen = fx.redeem("hrm", hr.clientSecret(), ticket);
        assertThat(stolen.status()).isEqualTo(400);
        assertThat(json.readTree(stolen.body()).path("error").asText()).isEqualTo("invalid_ticket");
        assertThat(fx.redeem("crm", crm.clientSecret(), ticket).status()).isEqualTo(400);
    }

    @Test
    void aTicketBoundToAnotherRedirectUriIsRefused() {
        String ticket = fx.ticket("crm", CRM, alice);
        BrokerResponse r = fx.post("/redeem", Map.of("client_id", "crm", "client_secret", crm.clientSecret(),
                "ticket", ticket, "redirect_uri", CRM + "/other"), "198.51.100.1");
        assertThat(json.readTree(r.body()).path("error").asText()).isEqualTo("invalid_ticket");
    }

    @Test
    void anExpiredTicketIsRefusedAsExpired() {
        String ticket = fx.ticket("crm", CRM, alice);
        fx.clock.advance(Duration.ofSeconds(61));
        BrokerResponse r = fx.redeem("crm", crm.clientSecret(), ticket);
        assertThat(r.status()).isEqualTo(400);
        assertThat(json.readTree(r.body()).path("error").asText()).isEqualTo("ticket_expired");
    }

    @Test
    void wrongSecretsAreRateLimitedPerClientEvenForTheRightSecretAfterwards() {
        String ticket = fx.ticket("crm", CRM, alice);
        for (int i = 0; i < 3; i++) {
            BrokerResponse r = fx.redeem("crm", "wrong-" + i, ticket);
            assertThat(r.status()).isEqualTo(401);
            assertThat(json.readTree(r.body()).path("error").asText()).isEqualTo("invalid_client");
        }
        assertThat(fx.redeem("crm", "wrong-3", ticket).status()).isEqualTo(401); // the 4th failure locks
        BrokerResponse locked = fx.post("/redeem", Map.of("client_id", "crm", "client_secret", crm.clientSecret(),
                "ticket", ticket), "192.0.2.99");   // another IP: the per-client limit still holds
        assertThat(locked.status()).isEqualTo(429);
        assertThat(json.readTree(locked.body()).path("error").asText()).isEqualTo("rate_limited");
        fx.clock.advance(Duration.ofMinutes(2));
        assertThat(fx.redeem("crm", crm.clientSecret(), fx.ticket("crm", CRM, alice)).status()).isEqualTo(200);
    }

    @Test
    void wrongSecretsAreRateLimitedPerIpAcrossClientIds() {
        String ticket = fx.ticket("crm", CRM, alice);
        for (int i = 0; i < 6; i++) {
            fx.post("/redeem", Map.of("client_id", "guess" + i, "client_secret", "x", "ticket", ticket), "192.0.2.66");
        }
        BrokerResponse fromThatIp = fx.post("/redeem", Map.of("client_id", "crm", "client_secret", crm.clientSecret(),
                "ticket", ticket), "192.0.2.66");
        assertThat(fromThatIp.status()).isEqualTo(429);
        assertThat(fx.redeem("crm", crm.clientSecret(), ticket).status()).isEqualTo(200);
    }

    @Test
    void httpBasicWorksAndBasicPlusFormCredentialsAreRefused() {
        String ticket = fx.ticket("crm", CRM, alice);
        Map<String, String> both = new HashMap<>(Map.of("ticket", ticket, "client_secret", crm.clientSecret()));
        BrokerResponse r = fx.postBasic("/redeem", "crm", crm.clientSecret(), both, "198.51.100.1");
        assertThat(json.readTree(r.body()).path("error").asText()).isEqualTo("invalid_request");
        assertThat(fx.postBasic("/redeem", "crm", crm.clientSecret(), Map.of("ticket", ticket), "198.51.100.1")
                .status()).isEqualTo(200);
    }

    @Test
    void everyDecisionIsAudited() {
        String ticket = fx.ticket("crm", CRM, alice);
        fx.redeem("crm", crm.clientSecret(), ticket);
        fx.redeem("crm", crm.clientSecret(), ticket);
        fx.redeem("crm", "wrong", ticket);
        fx.authorize("crm", "https://evil.example/", "s");
        List<String> trail = fx.sso.audit().forClient("crm", 50).stream()
                .map(e -> e.action() + ":" + e.outcome()).toList();
        assertThat(trail).containsSubsequence("authorize:invalid_redirect_uri", "redeem:invalid_client",
                "redeem:invalid_ticket", "redeem:ok", "ticket.issue:ok", "authorize:ok", "client.register:ok");
        assertThat(fx.sso.audit().forClient("crm", 50)).allSatisfy(e -> assertThat(e.detail() == null ? ""
                : e.detail()).doesNotContain(ticket).doesNotContain(crm.clientSecret()));
    }

    private void assertInvalidState(BrokerResponse r) {
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.location()).isNull();
        assertThat(json.readTree(r.body()).path("error").asText()).isEqualTo("invalid_state");
    }
}
