package io.wxkit.emulator.internal.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
    private WxEmulator emulator;
    private TestHttp http;
    private String token;

    @BeforeEach
    void start() {
        emulator = WxEmulator.start();
        http = new TestHttp(emulator.baseUrl());
        token = http.accountWithToken("wx1");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private TestHttp.Result ticket() {
        return http.get("/cgi-bin/ticket/getticket?type=jsapi&access_token=" + token);
    }

    private void fault(String json) {
        assertThat(http.post("/emulator/faults", json).status()).isEqualTo(201);
    }

    @Test
    void busyAnswersErrcodeMinusOneForExactlyTheRequestedCount() {
        fault("{\"path\":\"/cgi-bin/ticket/getticket\",\"kind\":\"busy\",\"times\":2}");
        assertThat(ticket().json().get("errcode").asInt()).isEqualTo(-1);
        assertThat(ticket().json().get("errcode").asInt()).isEqualTo(-1);
        assertThat(ticket().json().get("errcode").asInt()).isZero();
    }

    @Test
    void http5xxAnswers503() {
        fault("{\"path\":\"/cgi-bin/*\",\"kind\":\"http5xx\"}");
        assertThat(ticket().status()).isEqualTo(503);
        assertThat(ticket().status()).isEqualTo(200);
    }

    @Test
    void dropClosesTheConnectionWithoutAnAnswer() {
        // a POST: the JDK client silently retries an idempotent GET once on a dropped connection
        fault("{\"path\":\"/cgi-bin/stable_token\",\"kind\":\"drop\"}");
        String body = "{\"grant_type\":\"client_credential\",\"appid\":\"wx1\",\"secret\":\"sec-wx1\"}";
        assertThatThrownBy(() -> http.post("/cgi-bin/stable_token", body)).isInstanceOf(UncheckedIOException.class);
        assertThat(http.post("/cgi-bin/stable_token", body).json().has("access_token")).isTrue();
    }

    @Test
    void latencyDelaysTheAnswer() {
        fault("{\"path\":\"/cgi-bin/ticket/getticket\",\"kind\":\"latency\",\"ms\":300}");
        long t0 = System.nanoTime();
        assertThat(ticket().json().get("errcode").asInt()).isZero();
        assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @Test
    void invalidateTokenKillsTheCallersTokenSoTheCallSees40001() {
        fault("{\"path\":\"/cgi-bin/ticket/getticket\",\"kind\":\"invalidate-token\"}");
        assertThat(ticket().json().get("errcode").asInt()).isEqualTo(40001);
        assertThat(ticket().json().get("errcode").asInt()).isEqualTo(40001);
        token = http.get("/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=sec-wx1").json()
                .get("access_token").asText();
        assertThat(ticket().json().get("errcode").asInt()).isZero();
    }

    @Test
    void faultsAreListedAndClearedByReset() {
        fault("{\"path\":\"/cgi-bin/token\",\"kind\":\"busy\",\"times\":3}");
        assertThat(http.get("/emulator/faults").json().get(0).get("times").asInt()).isEqualTo(3);
        http.post("/emulator/reset", "");
        assertThat(http.get("/emulator/faults").body()).isEqualTo("[]");
    }

    @Test
    void unknownFaultKindIsA400() {
        TestHttp.Result r = http.post("/emulator/faults", "{\"path\":\"/x\",\"kind\":\"meteor\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).contains("latency|busy|http5xx|drop|invalidate-token");
    }

    @Test
    void theControlApiItselfIsNeverFaulted() {
        fault("{\"path\":\"/emulator/*\",\"kind\":\"http5xx\"}");
        assertThat(http.get("/emulator/accounts").status()).isEqualTo(200);
    }
}
