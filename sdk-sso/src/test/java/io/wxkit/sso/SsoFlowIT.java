package io.wxkit.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.mp.WxMp;
import io.wxkit.sso.audit.AuditEvent;
import io.wxkit.sso.binding.BindProof;
import io.wxkit.sso.binding.Binding;
import io.wxkit.sso.client.Claim;
import io.wxkit.sso.client.ClientRegistration;
import io.wxkit.sso.client.IssuedCredentials;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole single sign-on over real HTTP, on H2, PostgreSQL and MariaDB (database {@code wxkit_sso}): a fake
 * user's browser opens the demo business system → broker {@code /authorize} → the emulator's OAuth consent page
 * (the user picks "Allow") → broker {@code /callback} → ticket → the demo's callback, which redeems it server to
 * server and shows the identity. Also the unbound path (bind with the CRM password, come back), a refused
 * consent, a replayed ticket and logout.
 */
class SsoFlowIT {
    private static final Map<TestDb, HikariDataSource> DATABASES = new EnumMap<>(TestDb.class);
    private WxEmulator wx;
    private WxMp mp;
    private BrokerServer brokerServer;
    private DemoBusinessSystem crm;
    private SsoBroker sso;
    private HikariDataSource ds;
    private String alice;

    private void start(TestDb db) {
        ds = DATABASES.computeIfAbsent(db, d -> d.open("wxkit_sso"));
        byte[] masterKey = new byte[32];
        new SecureRandom().nextBytes(masterKey);
        wx = WxEmulator.start();
        wx.control().account(SsoFixture.APP_ID, SsoFixture.APP_SECRET, "tok123", null, null, CallbackMode.PLAIN);
        mp = WxMp.builder().appId(SsoFixture.APP_ID).secret(SsoFixture.APP_SECRET).baseUrl(wx.baseUrl()).build();
        brokerServer = new BrokerServer();
        sso = SsoBroker.builder().dataSource(ds).mp(mp).publicBaseUrl(brokerServer.publicBaseUrl())
                .masterKey(masterKey).secretHasher(SsoFixture.FAST).build();
        brokerServer.serve(sso.http());
        crm = new DemoBusinessSystem();
        IssuedCredentials c = sso.clients().register(ClientRegistration.of(DemoBusinessSystem.CLIENT_ID, "CRM",
                List.of(crm.redirectUri())).claims(Claim.ACCOUNT).verifyUrl(crm.verifyUrl()), "admin:it");
        crm.connect(brokerServer.publicBaseUrl(), c.clientSecret(), c.signingKey());
        alice = wx.control().user(SsoFixture.APP_ID, "Alice").openid();
        wx.control().user(SsoFixture.APP_ID, "Bob");
    }

    @AfterEach
    void stop() {
        if (crm != null) {
            crm.close();
            brokerServer.close();
            mp.close();
            wx.close();
            TestDb.clean(ds);
        }
    }

    @AfterAll
    static void closeDatabases() {
        DATABASES.values().forEach(HikariDataSource::close);
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void aBoundUserSignsInThroughTheConsentPageAndLogsOut(TestDb db) {
        start(db);
        sso.bindings().bind(alice, "crm", "E1001", null, BindProof.admin("it-admin"));
        Browser browser = new Browser();
        HttpResponse<String> consent = browser.open(crm.loginUrl());
        assertThat(Browser.isConsentPage(consent)).isTrue();
        HttpResponse<String> page = browser.consent(consent, alice, true);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).isEqualTo("welcome account=E1001 openid=" + alice);
        assertThat(browser.visited).extracting(v -> v.replaceFirst("\\?.*", "")).containsSubsequence(
                "GET " + crm.loginUrl(), "GET " + brokerServer.publicBaseUrl() + "/authorize",
                "GET " + wx.baseUrl() + "/connect/oauth2/authorize",
                "POST " + wx.baseUrl() + "/connect/oauth2/authorize/confirm",
                "GET " + brokerServer.publicBaseUrl() + "/callback", "GET " + crm.redirectUri());
        String session = crm.sessions.values().iterator().next();
        assertThat(sso.sessions().active("crm", session)).isTrue();

        HttpResponse<String> out = browser.submit(crm.loginUrl().replace("/login", "/logout"), Map.of());
        assertThat(out.body()).isEqualTo("logged out {\"revoked\":true}");
        assertThat(sso.sessions().active("crm", session)).isFalse();
        assertThat(sso.audit().forClient("crm", 50)).extracting(e -> e.action() + ":" + e.outcome())
                .contains("authorize:ok", "ticket.issue:ok", "redeem:ok");
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void anUnboundUserBindsWithTheCrmPasswordAndComesBackSignedIn(TestDb db) {
        start(db);
        Browser browser = new Browser();
        HttpResponse<String> first = browser.consent(browser.open(crm.loginUrl()), alice, true);
        assertThat(first.body()).startsWith("unbound openid=" + alice + " binding_token=")
                .endsWith(" binding_url=" + brokerServer.publicBaseUrl() + "/bind");
        String bindingToken = first.body().replaceFirst(".*binding_token=(\\S+).*", "$1");

        HttpResponse<String> wrong = browser.submit(crm.loginUrl().replace("/login", "/bind"),
                Map.of("login", "alice", "password", "guess", "binding_token", bindingToken));
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(sso.bindings().find("crm", alice)).isEmpty();

        HttpResponse<String> back = browser.submit(crm.loginUrl().replace("/login", "/bind"),
                Map.of("login", "alice", "password", "alice-pw", "binding_token", bindingToken));
        // bound through the broker's signed call to the CRM's verify endpoint, then signed in again
        HttpResponse<String> page = browser.consent(back, alice, true);
        assertThat(page.body()).isEqualTo("welcome account=E1001 openid=" + alice);
        Binding b = sso.bindings().find("crm", alice).orElseThrow();
        assertThat(b.accountId()).isEqualTo("E1001");
        assertThat(b.method()).startsWith("code");

        // the binding token was single-use
        HttpResponse<String> again = browser.submit(crm.loginUrl().replace("/login", "/bind"),
                Map.of("login", "alice", "password", "alice-pw", "binding_token", bindingToken));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).startsWith("bind refused: ");
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void aDeniedConsentReachesTheCrmAsAccessDeniedAndAReplayedTicketIsRefused(TestDb db) {
        start(db);
        Browser browser = new Browser();
        HttpResponse<String> denied = browser.consent(browser.open(crm.loginUrl()), alice, false);
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).isEqualTo("refused: access_denied");

        sso.bindings().bind(alice, "crm", "E1001", null, BindProof.admin("it-admin"));
        browser.consent(browser.open(crm.loginUrl()), alice, true);
        String ticketUrl = browser.visited.stream().filter(v -> v.startsWith("GET " + crm.redirectUri() + "?ticket="))
                .reduce((a, b) -> b).orElseThrow();
        String ticket = LocalHttp.parse(ticketUrl.substring(ticketUrl.indexOf('?') + 1)).get("ticket");
        // someone who read the ticket from the browser history redeems it: refused, it was used
        HttpResponse<String> replay = crm.brokerPost("/redeem", Map.of("ticket", ticket));
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(replay.body()).contains("\"error\":\"invalid_ticket\"");
        assertThat(sso.audit().forClient("crm", 50)).extracting(AuditEvent::action, AuditEvent::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple("redeem", "invalid_ticket"));
    }
}
