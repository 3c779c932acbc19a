package io.wxkit.sso.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.sso.interfaces.testkit.FakeBusinessSystem;
import io.wxkit.sso.interfaces.testkit.FakeBusinessSystem.Behaviour;
import io.wxkit.sso.signature.SignedRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The signing contract in both directions: broker → business system (request) and back (answer). */
class SigningContractTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private static final String KEY_B64 = Base64.getUrlEncoder().withoutPadding().encodeToString(KEY);

    private final OkHttpClient http = new OkHttpClient();
    private final BusinessCall call = new BusinessCall(http, Clock.systemUTC(), new SecureRandom(), true);
    private final FakeBusinessSystem erp = FakeBusinessSystem.start(KEY_B64,
            c -> InterfaceJson.MAPPER.createObjectNode().put("status", "shipped")
                    .put("no", c.body() != null ? c.body().at("/request/no").asText() : c.query().get("no")).toString());

    @AfterEach
    void close() {
        erp.close();
        http.dispatcher().executorService().shutdown();
    }

    @Test
    void aSignedPostCarriesOpenidAccountAndTheRenderedTemplateAndItsSignedAnswerIsAccepted() {
        CallResult r = call(spec("POST", "{\"no\":\"{argument}\",\"who\":\"{openid}\"}"));
        assertThat(r).isInstanceOfSatisfying(CallResult.Answered.class,
                a -> assertThat(a.answer().get("no").asText()).isEqualTo("A-1 \"x\""));
        FakeBusinessSystem.Received got = erp.received().get(0);
        assertThat(got.signatureValid()).isTrue();
        JsonNode body = got.body();
        assertThat(body.get("openid").asText()).isEqualTo("oUser1");
        assertThat(body.get("account").asText()).isEqualTo("E-42");
        assertThat(body.get("interface").asText()).isEqualTo("order");
        assertThat(body.at("/request/who").asText()).isEqualTo("oUser1");
    }

    @Test
    void aSignedGetSignsItsQueryAndCarriesOpenidAndAccountInIt() {
        CallResult r = call(spec("GET", "no={argument}"));
        assertThat(r).isInstanceOf(CallResult.Answered.class);
        FakeBusinessSystem.Received got = erp.received().get(0);
        assertThat(got.signatureValid()).isTrue();
        assertThat(got.query()).containsEntry("no", "A-1 \"x\"").containsEntry("openid", "oUser1")
                .containsEntry("account", "E-42").containsEntry("interface", "order");
    }

    @Test
    void answersThatAreUnsignedSignedWithAnotherKeyOrForAnotherRequestAreRefused() {
        for (Behaviour b : new Behaviour[] {Behaviour.UNSIGNED, Behaviour.BAD_SIGNATURE, Behaviour.REPLAYED_ANSWER}) {
            erp.behave(b);
            assertThat(call(spec("POST", "{}"))).as(b.name()).isEqualTo(new CallResult.Failed("bad_signature"));
        }
    }

    @Test
    void theVerifierRefusesTamperingReplayStaleTimestampsAndOtherKeys() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        SignedRequest broker = SignedRequest.withKey(KEY, clock);
        BusinessSystemVerifier v = BusinessSystemVerifier.withKey(KEY_B64, clock);
        Map<String, String> h = broker.sign("POST", "/wx/order", "{\"no\":\"1\"}", new SecureRandom());
        assertThat(v.verify("POST", "/wx/order", lower(h), "{\"no\":\"2\"}")).as("tampered body").isFalse();
        assertThat(v.verify("POST", "/wx/other", h, "{\"no\":\"1\"}")).as("other path").isFalse();
        assertThat(v.verify("GET", "/wx/order", h, "{\"no\":\"1\"}")).as("other method").isFalse();
        assertThat(v.verify("POST", "/wx/order", lower(h), "{\"no\":\"1\"}")).as("genuine, any header case").isTrue();
        assertThat(v.verify("POST", "/wx/order", h, "{\"no\":\"1\"}")).as("replayed").isFalse();
        Map<String, String> late = broker.sign("POST", "/wx/order", "{}", new SecureRandom());
        clock.advance(SignedRequest.WINDOW.plusSeconds(1));
        assertThat(v.verify("POST", "/wx/order", late, "{}")).as("stale").isFalse();
        BusinessSystemVerifier other = BusinessSystemVerifier.withKey(
                Base64.getUrlEncoder().encodeToString("another-key-another-key-32-bytes".getBytes()), clock);
        assertThat(other.verify("POST", "/wx/order", broker.sign("POST", "/wx/order", "{}", new SecureRandom()), "{}"))
                .as("other key").isFalse();
        assertThat(v.verify("POST", "/wx/order", Map.of(), "{}")).as("unsigned").isFalse();
        assertThat(v.toString()).doesNotContain(KEY_B64);
    }

    @Test
    void unsignedRequestsAreRefusedByTheFakeSystemAndTheBrokerReportsIt() {
        OkHttpClient raw = new OkHttpClient();
        try (okhttp3.Response r = raw.newCall(new okhttp3.Request.Builder().url(erp.url("/wx/order"))
                .post(okhttp3.RequestBody.create("{}", BusinessCall.JSON)).build()).execute()) {
            assertThat(r.code()).isEqualTo(401);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } finally {
            raw.dispatcher().executorService().shutdown();
        }
        assertThat(erp.received()).singleElement().satisfies(c -> assertThat(c.signatureValid()).isFalse());
        CallResult viaBrokerWithWrongKey = new BusinessCall(http, Clock.systemUTC(), new SecureRandom(), true)
                .call(spec("POST", "{}"), Template.parse("{}"), vars(), "wrong-key-wrong-key-wrong-key-32".getBytes());
        assertThat(viaBrokerWithWrongKey).isEqualTo(new CallResult.Failed("http_401"));
    }

    private CallResult call(InterfaceSpec spec) {
        return call.call(spec, Template.parse(spec.requestTemplate()), vars(), KEY);
    }

    private static Map<String, String> vars() {
        Map<String, String> vars = new HashMap<>();
        vars.put("argument", "A-1 \"x\"");
        vars.put("openid", "oUser1");
        vars.put("account", "E-42");
        vars.put("interface", "order");
        return vars;
    }

    private InterfaceSpec spec(String method, String template) {
        InterfaceSpec.Builder b = InterfaceSpec.builder("order", Trigger.keywords("订单"), "erp")
                .reply(ReplyTemplate.text("{answer.status}")).timeout(Duration.ofSeconds(2));
        return "GET".equals(method) ? b.get(erp.url("/wx/order"), template).build()
                : b.post(erp.url("/wx/order"), template).build();
    }

    private static Map<String, String> lower(Map<String, String> h) {
        Map<String, String> out = new HashMap<>();
        h.forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return out;
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
