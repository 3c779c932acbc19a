package io.wxkit.emulator.internal.mp.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenEndpointsTest {
    private WxEmulator emulator;
    private TestHttp http;

    @BeforeEach
    void start() {
        emulator = WxEmulator.start();
        http = new TestHttp(emulator.baseUrl());
        http.post("/emulator/accounts", "{\"appId\":\"wx1\",\"secret\":\"s3cret\",\"token\":\"tok123\"}");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private int errcode(TestHttp.Result r) {
        return r.json().path("errcode").asInt(0);
    }

    @Test
    void tokenEndpointAnswersTheDocumentedShape() {
        TestHttp.Result r = http.get("/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=s3cret");
        assertThat(r.json().get("expires_in").asInt()).isEqualTo(7200);
        assertThat(r.json().get("access_token").asText()).isNotBlank();
    }

    @Test
    void wrongSecretIs40125UnknownAppid40013AndBadGrantType40002() {
        assertThat(errcode(http.get("/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=nope")))
                .isEqualTo(40125);
        assertThat(errcode(http.get("/cgi-bin/token?grant_type=client_credential&appid=wx9&secret=s3cret")))
                .isEqualTo(40013);
        assertThat(errcode(http.get("/cgi-bin/token?grant_type=password&appid=wx1&secret=s3cret")))
                .isEqualTo(40002);
        assertThat(errcode(http.get("/cgi-bin/token?grant_type=client_credential&secret=s3cret")))
                .isEqualTo(41002);
    }

    @Test
    void stableTokenTakesJsonAndHonoursForceRefresh() {
        String body = "{\"grant_type\":\"client_credential\",\"appid\":\"wx1\",\"secret\":\"s3cret\"}";
        String a = http.post("/cgi-bin/stable_token", body).json().get("access_token").asText();
        String b = http.post("/cgi-bin/stable_token", body).json().get("access_token").asText();
        assertThat(b).isEqualTo(a);
        String forced = http.post("/cgi-bin/stable_token", body.replace("}", ",\"force_refresh\":true}")).json()
                .get("access_token").asText();
        assertThat(forced).isNotEqualTo(a);
        assertThat(errcode(http.get("/cgi-bin/ticket/getticket?type=jsapi&access_token=" + a))).isEqualTo(40001);
        assertThat(errcode(http.get("/cgi-bin/ticket/getticket?type=jsapi&access_token=" + forced))).isZero();
    }

    @Test
    void theControlApiCountsTheTokensGrantedPerAccount() {
        String body = "{\"grant_type\":\"client_credential\",\"appid\":\"wx1\",\"secret\":\"s3cret\"}";
        http.post("/cgi-bin/stable_token", body);
        http.post("/cgi-bin/stable_token", body); // the same token again, but asked for: counted
        http.get("/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=s3cret");
        http.get("/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=wrong"); // refused: not counted
        assertThat(emulator.control().tokenGrants("wx1")).isEqualTo(3);
        assertThat(emulator.control().tokenGrants("wx2")).isZero();
        emulator.control().reset();
        assertThat(emulator.control().tokenGrants("wx1")).isZero();
    }

    @Test
    void theCountIsAlsoServedOverHttpForAnotherProcess() {
        assertThat(http.get("/emulator/accounts/wx1/token-grants").json().get("grants").asInt()).isZero();
        http.get("/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=s3cret");
        http.post("/cgi-bin/stable_token", "{\"grant_type\":\"client_credential\",\"appid\":\"wx1\",\"secret\":\"s3cret\"}");
        TestHttp.Result r = http.get("/emulator/accounts/wx1/token-grants");
        assertThat(r.json().get("appId").asText()).isEqualTo("wx1");
        assertThat(r.json().get("grants").asInt()).isEqualTo(2).isEqualTo(emulator.control().tokenGrants("wx1"));
        assertThat(http.get("/emulator/accounts/wx9/token-grants").status()).isEqualTo(404);
    }

    @Test
    void stableTokenWithAWrongSecretIs40125() {
        TestHttp.Result r = http.post("/cgi-bin/stable_token",
                "{\"grant_type\":\"client_credential\",\"appid\":\"wx1\",\"secret\":\"x\"}");
        assertThat(errcode(r)).isEqualTo(40125);
    }

    @Test
    void jsapiTicketIsStableWhileValidAndNeedsAKnownType() {
        String token = http.get("/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=s3cret").json()
                .get("access_token").asText();
        TestHttp.Result t1 = http.get("/cgi-bin/ticket/getticket?type=jsapi&access_token=" + token);
        TestHttp.Result t2 = http.get("/cgi-bin/ticket/getticket?type=jsapi&access_token=" + token);
        assertThat(errcode(t1)).isZero();
        assertThat(t1.json().get("errmsg").asText()).isEqualTo("ok");
        assertThat(t2.json().get("ticket").asText()).isEqualTo(t1.json().get("ticket").asText());
        assertThat(errcode(http.get("/cgi-bin/ticket/getticket?type=x&access_token=" + token))).isEqualTo(40097);
        assertThat(errcode(http.get("/cgi-bin/ticket/getticket?type=jsapi"))).isEqualTo(41001);
    }
}
