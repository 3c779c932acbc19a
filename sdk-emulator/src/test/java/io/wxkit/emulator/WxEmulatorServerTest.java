package io.wxkit.emulator;

import io.wxkit.emulator.internal.WxEmulatorMain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WxEmulatorServerTest {
    private WxEmulator emulator;
    private TestHttp http;

    @BeforeEach
    void start() {
        emulator = WxEmulator.start();
        http = new TestHttp(emulator.baseUrl());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void startsOnAFreeLoopbackPort() {
        // how fast it starts is measured outside the unit tests (docs/performance.md): a timed
        // assertion here would only measure how busy the CI machine is
        try (WxEmulator second = WxEmulator.start()) {
            assertThat(second.port()).isPositive().isNotEqualTo(emulator.port());
            assertThat(second.baseUrl()).isEqualTo("http://127.0.0.1:" + second.port());
            assertThat(second.payBaseUrl()).isEqualTo(second.baseUrl());
        }
    }

    @Test
    void accountRegistrationAnswers201WithAnOriginalId() {
        TestHttp.Result r = http.post("/emulator/accounts", """
                {"appId":"wx1","secret":"s1","token":"tok123","encodingAesKey":null,
                 "callbackUrl":"http://127.0.0.1:1/wx","mode":"plain"}""");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("appId").asText()).isEqualTo("wx1");
        assertThat(r.json().get("originalId").asText()).matches("gh_[0-9a-f]{12}");
    }

    @Test
    void accountWithABadTokenIsRejectedWithA400() {
        TestHttp.Result r = http.post("/emulator/accounts",
                "{\"appId\":\"wx1\",\"secret\":\"s1\",\"token\":\"t\",\"mode\":\"plain\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).contains("token");
    }

    @Test
    void safeModeNeedsAFortyThreeCharacterAesKey() {
        TestHttp.Result r = http.post("/emulator/accounts",
                "{\"appId\":\"wx1\",\"secret\":\"s1\",\"token\":\"tok123\",\"mode\":\"safe\",\"encodingAesKey\":\"short\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).contains("encodingAesKey");
    }

    @Test
    void usersAreCreatedWithWeChatShapedOpenids() {
        http.post("/emulator/accounts", "{\"appId\":\"wx1\",\"secret\":\"s1\",\"token\":\"tok123\"}");
        TestHttp.Result r = http.post("/emulator/users", "{\"appId\":\"wx1\",\"nickname\":\"Alice\"}");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("openid").asText()).hasSize(28).startsWith("o");
        assertThat(r.json().get("unionid").asText()).hasSize(28);
        assertThat(http.get("/emulator/users/" + r.json().get("openid").asText() + "/inbox").body())
                .isEqualTo("[]");
    }

    @Test
    void usersOfAnUnknownAccountAre404() {
        TestHttp.Result r = http.post("/emulator/users", "{\"appId\":\"nope\",\"nickname\":\"Alice\"}");
        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void resetForgetsAccountsUsersAndTokens() {
        String token = http.accountWithToken("wx1");
        assertThat(http.post("/emulator/reset", "").status()).isEqualTo(204);
        assertThat(http.get("/emulator/accounts").body()).isEqualTo("[]");
        assertThat(http.get("/cgi-bin/ticket/getticket?type=jsapi&access_token=" + token).json()
                .get("errcode").asInt()).isEqualTo(40001);
    }

    @Test
    void unknownControlPathIsAJson404AndMalformedJsonA400() {
        assertThat(http.get("/emulator/nothing").status()).isEqualTo(404);
        TestHttp.Result bad = http.post("/emulator/accounts", "{not json");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).contains("JSON");
    }

    @Test
    void malformedJsonOnAWeChatEndpointIsErrcode47001() {
        TestHttp.Result r = http.post("/cgi-bin/stable_token", "{oops");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("errcode").asInt()).isEqualTo(47001);
        assertThat(r.json().get("errmsg").asText()).startsWith("data format error rid: ");
    }

    @Test
    void mainParsesThePortOption() {
        assertThat(WxEmulatorMain.parsePort(new String[0])).isEqualTo(9900);
        assertThat(WxEmulatorMain.parsePort(new String[] {"--port", "9911"})).isEqualTo(9911);
        assertThat(WxEmulatorMain.parsePort(new String[] {"--port=0"})).isZero();
        assertThat(WxEmulatorMain.parsePort(new String[] {"--help"})).isEqualTo(-1);
    }
}
