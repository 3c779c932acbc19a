package io.wxkit.sso;

import io.wxkit.sso.error.SsoException;

import io.wxkit.sso.error.SsoError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.core.crypto.CallbackSignature;
import io.wxkit.core.json.Json;
import io.wxkit.mp.callback.CallbackHandler;
import io.wxkit.mp.callback.CallbackRequest;
import io.wxkit.sso.binding.BindProof;
import io.wxkit.sso.binding.Binding;
import io.wxkit.sso.binding.BindingPage;
import io.wxkit.sso.binding.BindingStatus;
import io.wxkit.sso.binding.ImportReport;
import io.wxkit.sso.binding.UnsubscribePolicy;
import io.wxkit.sso.broker.BrokerResponse;
import io.wxkit.sso.client.Claim;
import io.wxkit.sso.client.IssuedCredentials;
import io.wxkit.sso.signature.SignedRequest;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Identity bindings on H2: the one-to-one rule, lookups, paging, import, unsubscribe, and both proof verifiers. */
class BindingsTest {
    static final String CRM = "https://crm.example.com/sso";
    static HikariDataSource ds;
    SsoFixture fx;
    final Json json = Json.create();

    @BeforeAll
    static void start() {
        ds = TestDb.H2.open("bindings");
    }

    @AfterAll
    static void stop() {
        ds.close();
    }

    @BeforeEach
    void setUp() {
        fx = SsoFixture.start(ds);
    }

    @AfterEach
    void clean() {
        fx.close();
        TestDb.clean(ds);
    }

    @Test
    void oneOpenidOneAccountPerSystemAndAnOpenidInSeveralSystems() {
        fx.register("crm", CRM);
        fx.register("erp", "https://erp.example.com/sso");
        Binding b = fx.sso.bindings().bind("oAlice", "crm", "E1", "uAlice", BindProof.admin("ops"));
        assertThat(b).extracting(Binding::method, Binding::boundBy, Binding::unionid, Binding::status)
                .containsExactly("admin", "admin:ops", "uAlice", BindingStatus.ACTIVE);
        assertThat(fx.sso.bindings().bind("oAlice", "crm", "E1", "uAlice", BindProof.admin("ops"))).isEqualTo(b);
        assertCode(() -> fx.sso.bindings().bind("oAlice", "crm", "E2", null, BindProof.admin("ops")),
                SsoError.ALREADY_BOUND);
        assertCode(() -> fx.sso.bindings().bind("oBob", "crm", "E1", null, BindProof.admin("ops")),
                SsoError.ALREADY_BOUND);
        fx.sso.bindings().bind("oAlice", "erp", "E1", null, BindProof.admin("ops"));
        assertThat(fx.sso.bindings().findByAccount("crm", "E1")).map(Binding::openid).hasValue("oAlice");
        assertThat(fx.sso.bindings().find("crm", "oAlice")).map(Binding::accountId).hasValue("E1");
        assertThat(fx.sso.bindings().bindingsOf("oAlice")).extracting(Binding::clientId).containsExactly("crm", "erp");
        // case matters: openids are case-sensitive
        fx.sso.bindings().bind("oalice", "crm", "e1", null, BindProof.admin("ops"));
        assertThat(fx.sso.bindings().find("crm", "oalice")).map(Binding::accountId).hasValue("e1");
    }

    @Test
    void badIdsUnknownAndDisabledClientsAreTypedErrorsAndAudited() {
        fx.register("crm", CRM);
        assertCode(() -> fx.sso.bindings().bind("o\r\nx", "crm", "E1", null, BindProof.admin("ops")),
                SsoError.INVALID_REQUEST);
        assertCode(() -> fx.sso.bindings().bind("oA", "crm", "", null, BindProof.admin("ops")), SsoError.INVALID_REQUEST);
        assertCode(() -> fx.sso.bindings().bind("oA", "nope", "E1", null, BindProof.admin("ops")), SsoError.NOT_FOUND);
        fx.sso.clients().disable("crm", "admin:ops");
        assertCode(() -> fx.sso.bindings().bind("oA", "crm", "E1", null, BindProof.admin("ops")),
                SsoError.INVALID_CLIENT);
        assertThat(fx.sso.audit().forClient("crm", 3)).first().satisfies(e -> {
            assertThat(e.action()).isEqualTo("bind");
            assertThat(e.outcome()).isEqualTo("invalid_client");
        });
    }

    @Test
    void listingBySystemIsKeysetPaginated() {
        fx.register("crm", CRM);
        for (int i = 0; i < 25; i++) {
            fx.sso.bindings().bind(String.format("o%03d", i), "crm", "E" + i, null, BindProof.admin("ops"));
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            BindingPage page = fx.sso.bindings().list("crm", after, 10);
            page.items().forEach(b -> seen.add(b.openid()));
            after = page.nextAfter();
            pages++;
        } while (after != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(25).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void unbindAndSuspendRevokeSessionsAndRedemptionReportsThem() {
        IssuedCredentials crm = fx.register("crm", CRM, Claim.ACCOUNT);
        String alice = fx.user("Alice");
        fx.sso.bindings().bind(alice, "crm", "E1", null, BindProof.admin("ops"));
        String session = json.readTree(fx.redeem("crm", crm.clientSecret(), fx.ticket("crm", CRM, alice)).body())
                .path("session_id").asText();
        assertThat(fx.sso.bindings().suspend("crm", alice, "admin:ops")).isTrue();
        assertThat(fx.sso.sessions().active("crm", session)).isFalse();
        var suspended = json.readTree(fx.redeem("crm", crm.clientSecret(), fx.ticket("crm", CRM, alice)).body());
        assertThat(suspended.path("status").asText()).isEqualTo("suspended");
        assertThat(suspended.has("account_id")).isFalse();
        assertThat(fx.sso.bindings().resume("crm", alice, "admin:ops")).isTrue();
        assertThat(fx.sso.bindings().unbind("crm", alice, "admin:ops")).isTrue();
        assertThat(fx.sso.bindings().unbind("crm", alice, "admin:ops")).isFalse();
        assertThat(fx.sso.bindings().find("crm", alice)).isEmpty();
    }

    @Test
    void csvImportKeepsGoodRowsAndReportsBadOnes() throws Exception {
        fx.register("crm", CRM);
        fx.sso.bindings().bind("oTaken", "crm", "E9", null, BindProof.admin("ops"));
        String csv = """
                openid,account_id,unionid
                oA,E1,uA
                oB,E2
                oC
                o D,E4
                oE,E1
                oTaken,E5

                oF,E6,
                oG,E7,u G
                """;
        ImportReport report = fx.sso.bindings().importCsv("crm", new StringReader(csv), "ops");
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.rejected()).extracting(ImportReport.RejectedRow::line).containsExactly(4, 5, 6, 7, 10);
        assertThat(fx.sso.bindings().find("crm", "oA")).map(Binding::unionid).hasValue("uA");
        assertThat(fx.sso.bindings().find("crm", "oF")).map(Binding::method).hasValue("import");
        assertThat(fx.sso.audit().forClient("crm", 1)).first().satisfies(e ->
                assertThat(e.detail()).isEqualTo("imported=3 rejected=5"));
    }

    @Test
    void theUnsubscribeRuleSuspendsOrUnbindsThroughSdkMpsCallbackRouter() {
        fx.register("crm", CRM);
        fx.register("erp", "https://erp.example.com/sso");
        fx.sso.bindings().bind("oAlice", "crm", "E1", null, BindProof.admin("ops"));
        fx.sso.bindings().bind("oAlice", "erp", "E1", null, BindProof.admin("ops"));
        deliverUnsubscribe(fx.sso.bindings().onUnsubscribe(UnsubscribePolicy.SUSPEND), "oAlice");
        assertThat(fx.sso.bindings().bindingsOf("oAlice")).extracting(Binding::status)
                .containsOnly(BindingStatus.SUSPENDED);
        deliverUnsubscribe(fx.sso.bindings().onUnsubscribe(UnsubscribePolicy.UNBIND), "oAlice");
        assertThat(fx.sso.bindings().bindingsOf("oAlice")).isEmpty();
        fx.sso.bindings().bind("oBob", "crm", "E2", null, BindProof.admin("ops"));
        assertThat(fx.sso.bindings().applyUnsubscribe("oBob", UnsubscribePolicy.KEEP)).isZero();
        assertThat(fx.sso.bindings().find("crm", "oBob")).map(Binding::active).hasValue(true);
    }

    @Test
    void theHttpVerifierSendsASignedRequestAndTrustsOnlyASignedAnswer() throws Exception {
        try (MockWebServer business = new MockWebServer()) {
            business.start();
            String verifyUrl = business.url("/sso/verify").toString();
            IssuedCredentials crm = fx.sso.clients().register(io.wxkit.sso.client.ClientRegistration
                    .of("crm", "CRM", List.of(CRM)).verifyUrl(verifyUrl), "admin:ops");
            SignedRequest businessSide = SignedRequest.withKey(crm.signingKey(), Clock.systemUTC());
            String yes = "{\"verified\":true}";
            business.enqueue(signed(businessSide, yes));
            Binding b = fx.sso.bindings().bind("oAlice", "crm", "E1", null, BindProof.oneTimeCode("123456"));
            assertThat(b.method()).isEqualTo("code");
            RecordedRequest req = business.takeRequest();
            assertThat(req.getMethod()).isEqualTo("POST");
            assertThat(req.getUrl().encodedPath()).isEqualTo("/sso/verify");
            String body = req.getBody().utf8();
            assertThat(json.readTree(body)).isEqualTo(json.readTree(
                    "{\"openid\":\"oAlice\",\"account_id\":\"E1\",\"type\":\"code\",\"code\":\"123456\"}"));
            Map<String, String> headers = Map.of(SignedRequest.TIMESTAMP, req.getHeaders().get("Wxkit-Timestamp"),
                    SignedRequest.NONCE, req.getHeaders().get("Wxkit-Nonce"),
                    SignedRequest.SIGNATURE, req.getHeaders().get("Wxkit-Signature"));
            assertThat(businessSide.verify("POST", "/sso/verify", headers, body)).isTrue();
            assertThat(businessSide.verify("POST", "/sso/verify", headers, body.replace("E1", "E2"))).isFalse();

            business.enqueue(signed(businessSide, "{\"verified\":false}"));
            assertCode(() -> fx.sso.bindings().bind("oBob", "crm", "E2", null, BindProof.credentials("bob", "pw")),
                    SsoError.PROOF_REJECTED);
            business.enqueue(new MockResponse.Builder().code(200).body(yes).build());   // unsigned
            assertCode(() -> fx.sso.bindings().bind("oBob", "crm", "E2", null, BindProof.oneTimeCode("1")),
                    SsoError.UPSTREAM_ERROR);
            SignedRequest impostor = SignedRequest.withKey(new byte[32], Clock.systemUTC());
            business.enqueue(signed(impostor, yes));
            assertCode(() -> fx.sso.bindings().bind("oBob", "crm", "E2", null, BindProof.oneTimeCode("1")),
                    SsoError.UPSTREAM_ERROR);
            assertThat(fx.sso.bindings().find("crm", "oBob")).isEmpty();
        }
    }

    @Test
    void anUnboundUserIsBoundThroughTheBindEndpointWithTheBindingToken() throws Exception {
        try (MockWebServer business = new MockWebServer()) {
            business.start();
            IssuedCredentials crm = fx.sso.clients().register(io.wxkit.sso.client.ClientRegistration
                    .of("crm", "CRM", List.of(CRM)).claims(Claim.ACCOUNT)
                    .verifyUrl(business.url("/verify").toString()), "admin:ops");
            SignedRequest businessSide = SignedRequest.withKey(crm.signingKey(), Clock.systemUTC());
            String alice = fx.user("Alice");
            var unbound = json.readTree(fx.redeem("crm", crm.clientSecret(), fx.ticket("crm", CRM, alice)).body());
            String token = unbound.path("binding_token").asText();
            business.enqueue(signed(businessSide, "/verify", "{\"verified\":true}"));
            Map<String, String> form = Map.of("client_id", "crm", "client_secret", crm.clientSecret(),
                    "binding_token", token, "account_id", "E7", "proof_type", "credentials", "login", "alice",
                    "password", "s3cret!");
            BrokerResponse bound = fx.post("/bind", form, "198.51.100.1");
            assertThat(bound.status()).isEqualTo(200);
            assertThat(json.readTree(bound.body()).path("account_id").asText()).isEqualTo("E7");
            assertThat(json.readTree(business.takeRequest().getBody().utf8()).path("password").asText())
                    .isEqualTo("s3cret!");
            BrokerResponse replay = fx.post("/bind", form, "198.51.100.1");
            assertThat(json.readTree(replay.body()).path("error").asText()).isEqualTo("invalid_ticket");
            var now = json.readTree(fx.redeem("crm", crm.clientSecret(), fx.ticket("crm", CRM, alice)).body());
            assertThat(now.path("account_id").asText()).isEqualTo("E7");
        }
    }

    private static MockResponse signed(SignedRequest signer, String body) {
        return signed(signer, "/sso/verify", body);
    }

    private static MockResponse signed(SignedRequest signer, String path, String body) {
        MockResponse.Builder b = new MockResponse.Builder().code(200).body(body)
                .addHeader("Content-Type", "application/json");
        // the business system signs its answer: method RESPONSE, the request's path
        signer.sign("RESPONSE", path, body, new java.security.SecureRandom()).forEach(b::addHeader);
        return b.build();
    }

    private void deliverUnsubscribe(io.wxkit.mp.callback.Rule<?> rule, String openid) {
        try (CallbackHandler handler = CallbackHandler.builder(SsoFixture.APP_ID, "tok123", null).rule(rule).build()) {
            String ts = Long.toString(Instant.now().getEpochSecond());
            String nonce = Long.toString(System.nanoTime());
            String xml = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[" + openid
                    + "]]></FromUserName><CreateTime>" + (System.nanoTime() % 1_000_000_000L)
                    + "</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[unsubscribe]]></Event></xml>";
            var r = handler.handle(CallbackRequest.of("POST", Map.of("timestamp", ts, "nonce", nonce,
                    "signature", CallbackSignature.sign("tok123", ts, nonce)), xml));
            assertThat(r.status()).isEqualTo(200);
        }
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, SsoError error) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SsoException.class, e -> assertThat(e.error()).isEqualTo(error));
    }
}
