package io.wxkit.emulator.internal.mp.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.FakeApp;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Quotas counted from real calls, clear_quota, server addresses, the callback check and rid lookups. */
class AccountToolEndpointsTest {
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

    private JsonNode post(String path, String body) {
        return http.post(path + "?access_token=" + token, body).json();
    }

    @Test
    void theQuotaCountsTodaysCallsUntilCleared() {
        http.get("/cgi-bin/get_current_selfmenu_info?access_token=" + token);
        http.get("/cgi-bin/get_current_selfmenu_info?access_token=" + token);
        JsonNode quota = post("/cgi-bin/openapi/quota/get", "{\"cgi_path\":\"/cgi-bin/get_current_selfmenu_info\"}");
        assertThat(quota.get("errcode").asInt()).isZero();
        assertThat(quota.get("quota").get("daily_limit").asLong()).isEqualTo(10_000);
        assertThat(quota.get("quota").get("used").asLong()).isEqualTo(2);
        assertThat(quota.get("quota").get("remain").asLong()).isEqualTo(9_998);
        assertThat(post("/cgi-bin/openapi/quota/get", "{\"cgi_path\":\"/cgi-bin/token\"}").get("quota")
                .get("used").asLong()).isEqualTo(1);
        assertThat(post("/cgi-bin/clear_quota", "{\"appid\":\"wx1\"}").get("errcode").asInt()).isZero();
        assertThat(post("/cgi-bin/openapi/quota/get", "{\"cgi_path\":\"/cgi-bin/get_current_selfmenu_info\"}")
                .get("quota").get("used").asLong()).isZero();
    }

    @Test
    void clearQuotaWorksTenTimesAMonthForTheTokensOwnAppid() {
        assertThat(post("/cgi-bin/clear_quota", "{\"appid\":\"wx2\"}").get("errcode").asInt()).isEqualTo(40013);
        for (int i = 0; i < ApiQuotas.CLEARS_PER_MONTH; i++) {
            assertThat(post("/cgi-bin/clear_quota", "{\"appid\":\"wx1\"}").get("errcode").asInt()).isZero();
        }
        assertThat(post("/cgi-bin/clear_quota", "{\"appid\":\"wx1\"}").get("errcode").asInt()).isEqualTo(48006);
    }

    @Test
    void badCgiPathsAnswerTheDocumentedErrcodes() {
        assertThat(post("/cgi-bin/openapi/quota/get", "{\"cgi_path\":\"cgi-bin/token\"}").get("errcode").asInt())
                .isEqualTo(76003);
        assertThat(post("/cgi-bin/openapi/quota/get", "{\"cgi_path\":\"/sns/userinfo\"}").get("errcode").asInt())
                .isEqualTo(76022);
        assertThat(post("/cgi-bin/openapi/quota/get", "{\"cgi_path\":\"/nowhere\"}").get("errcode").asInt())
                .isEqualTo(76021);
    }

    @Test
    void serverAddressesAreTheLoopback() {
        assertThat(http.get("/cgi-bin/getcallbackip?access_token=" + token).json().get("ip_list").get(0).asText())
                .isEqualTo("127.0.0.1");
        assertThat(http.get("/cgi-bin/get_api_domain_ip?access_token=" + token).json().get("ip_list").get(0)
                .asText()).isEqualTo("127.0.0.1");
        assertThat(http.get("/cgi-bin/getcallbackip").json().get("errcode").asInt()).isEqualTo(41001);
    }

    @Test
    void theCallbackCheckResolvesAndReachesTheAppsServer() {
        assertThat(post("/cgi-bin/callback/check", "{\"action\":\"all\",\"check_operator\":\"DEFAULT\"}")
                .get("errcode").asInt()).isEqualTo(47001);
        try (FakeApp app = new FakeApp()) {
            http.post("/emulator/accounts", "{\"appId\":\"wx1\",\"secret\":\"sec-wx1\",\"token\":\"tok123\","
                    + "\"mode\":\"plain\",\"callbackUrl\":\"" + app.url("/wx") + "\"}");
            JsonNode check = post("/cgi-bin/callback/check", "{\"action\":\"all\",\"check_operator\":\"UNICOM\"}");
            assertThat(check.get("dns").get(0).get("ip").asText()).isEqualTo("127.0.0.1");
            assertThat(check.get("dns").get(0).get("real_operator").asText()).isEqualTo("UNICOM");
            assertThat(check.get("ping").get(0).get("package_loss").asText()).isEqualTo("0%");
            assertThat(check.get("ping").get(0).get("time").asText()).endsWith("ms");
            assertThat(post("/cgi-bin/callback/check", "{\"action\":\"dns\",\"check_operator\":\"CAP\"}")
                    .get("ping")).isEmpty();
            assertThat(post("/cgi-bin/callback/check", "{\"action\":\"everything\",\"check_operator\":\"CAP\"}")
                    .get("errcode").asInt()).isEqualTo(47001);
        }
    }

    @Test
    void ridsAreCheckedForShapeAndNotFoundOtherwise() {
        assertThat(post("/cgi-bin/openapi/rid/get", "{\"rid\":\"not a rid\"}").get("errcode").asInt())
                .isEqualTo(76002);
        assertThat(post("/cgi-bin/openapi/rid/get", "{\"rid\":\"61725984-6126f6f9-040f19c4\"}").get("errcode")
                .asInt()).isEqualTo(76001);
    }

    @Test
    void aFailedCallsRidAnswersItsRequestToItsOwnAccountOnly() {
        JsonNode failed = post("/cgi-bin/clear_quota", "{\"appid\":\"wxSomeoneElse\"}");
        assertThat(failed.get("errcode").asInt()).isNotZero();
        String rid = failed.get("errmsg").asText().replaceFirst(".* rid: ", "");

        JsonNode info = post("/cgi-bin/openapi/rid/get", "{\"rid\":\"" + rid + "\"}");

        assertThat(info.get("errcode").asInt()).isZero();
        JsonNode request = info.get("request");
        assertThat(request.get("request_url").asText()).isEqualTo("access_token=" + token);
        assertThat(request.get("request_body").asText()).isEqualTo("{\"appid\":\"wxSomeoneElse\"}");
        assertThat(request.get("response_body").asText()).contains("rid: " + rid)
                .contains("\"errcode\":" + failed.get("errcode").asInt());
        assertThat(request.get("invoke_time").asLong()).isPositive();
        assertThat(request.get("cost_in_ms").asLong()).isNotNegative();

        String other = http.accountWithToken("wx2");
        assertThat(http.post("/cgi-bin/openapi/rid/get?access_token=" + other, "{\"rid\":\"" + rid + "\"}").json()
                .get("errcode").asInt()).isEqualTo(76003);
    }
}
