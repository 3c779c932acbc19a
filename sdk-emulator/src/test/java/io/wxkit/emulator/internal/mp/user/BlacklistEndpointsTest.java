package io.wxkit.emulator.internal.mp.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import java.util.Collections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The blacklist: blocked openids appear in getblacklist in order, unblocked ones leave it. */
class BlacklistEndpointsTest {
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

    private String user() {
        return http.post("/emulator/users", "{\"appId\":\"wx1\",\"nickname\":\"Bob\"}").json().get("openid").asText();
    }

    @Test
    void blockedOpenidsAreListedAndUnblockedOnesLeave() {
        String a = user();
        String b = user();
        assertThat(post("/cgi-bin/tags/members/batchblacklist", "{\"openid_list\":[\"" + a + "\",\"" + b + "\"]}")
                .get("errcode").asInt()).isZero();
        JsonNode page = post("/cgi-bin/tags/members/getblacklist", "{\"begin_openid\":\"\"}");
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("count").asInt()).isEqualTo(2);
        assertThat(page.get("data").get("openid").get(0).asText()).isEqualTo(a);
        assertThat(page.get("next_openid").asText()).isEqualTo(b);
        assertThat(post("/cgi-bin/tags/members/getblacklist", "{\"begin_openid\":\"" + b + "\"}").get("count")
                .asInt()).isZero();
        post("/cgi-bin/tags/members/batchunblacklist", "{\"openid_list\":[\"" + a + "\"]}");
        JsonNode after = post("/cgi-bin/tags/members/getblacklist", "{\"begin_openid\":\"\"}");
        assertThat(after.get("total").asInt()).isEqualTo(1);
        assertThat(after.get("data").get("openid").get(0).asText()).isEqualTo(b);
    }

    @Test
    void badListsChangeNothing() {
        String a = user();
        assertThat(post("/cgi-bin/tags/members/batchblacklist", "{\"openid_list\":[\"" + a + "\",\"oUnknown\"]}")
                .get("errcode").asInt()).isEqualTo(40003);
        String many = String.join(",", Collections.nCopies(21, "\"" + a + "\""));
        assertThat(post("/cgi-bin/tags/members/batchblacklist", "{\"openid_list\":[" + many + "]}")
                .get("errcode").asInt()).isEqualTo(40032);
        assertThat(post("/cgi-bin/tags/members/getblacklist", "{\"begin_openid\":\"\"}").get("total").asInt())
                .isZero();
        assertThat(http.post("/cgi-bin/tags/members/getblacklist", "{}").json().get("errcode").asInt())
                .isEqualTo(41001);
    }
}
