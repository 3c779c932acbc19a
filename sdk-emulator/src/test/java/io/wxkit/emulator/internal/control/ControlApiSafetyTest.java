package io.wxkit.emulator.internal.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.emulator.RawHttp;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Web pages the developer opens cannot drive the control API (issue 11): a cross-site {@code text/plain} POST
 * (no CORS preflight) gets 415, a rebound DNS name in {@code Host} gets 403, and neither creates anything.
 */
class ControlApiSafetyTest {
    private static final String ACCOUNT = "{\"appId\":\"wxevil\",\"secret\":\"s\",\"token\":\"tok123\","
            + "\"callbackUrl\":\"http://attacker.example/wx\",\"mode\":\"plain\"}";
    private WxEmulator emulator;
    private RawHttp raw;

    @BeforeEach
    void start() {
        emulator = WxEmulator.start();
        raw = new RawHttp(emulator.port());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private boolean accountExists() {
        return new TestHttp(emulator.baseUrl()).get("/emulator/accounts").body().contains("wxevil");
    }

    @Test
    void aCrossSiteTextPlainPostIsRefusedAndCreatesNoAccount() {
        RawHttp.Answer a = raw.send("POST", "/emulator/accounts",
                List.of("Content-Type: text/plain;charset=UTF-8", "Origin: https://attacker.example"), ACCOUNT);
        assertThat(a.status()).isEqualTo(415);
        assertThat(a.body()).contains("application/json");
        assertThat(accountExists()).isFalse();
    }

    @Test
    void formPostsAndPostsWithoutAContentTypeAreRefused() {
        assertThat(raw.send("POST", "/emulator/accounts",
                List.of("Content-Type: application/x-www-form-urlencoded"), ACCOUNT).status()).isEqualTo(415);
        assertThat(raw.send("POST", "/emulator/reset", List.of(), null).status()).isEqualTo(415);
        assertThat(raw.send("POST", "/emulator/accounts", List.of("Content-Type: application/jsonp"), ACCOUNT)
                .status()).isEqualTo(415);
        assertThat(accountExists()).isFalse();
    }

    @Test
    void aForeignHostIsRefusedEvenWithJson() {
        for (String host : List.of("attacker.example", "attacker.example:" + emulator.port(), "127.0.0.1.nip.io",
                "localhost.attacker.example", "127.0.0.2", "[::2]")) {
            RawHttp.Answer a = raw.sendExactly("POST", "/emulator/accounts",
                    List.of("Host: " + host, "Content-Type: application/json"), ACCOUNT);
            assertThat(a.status()).as(host).isEqualTo(403);
        }
        assertThat(raw.sendExactly("GET", "/emulator/accounts", List.of("Host: attacker.example"), null).status())
                .isEqualTo(403);
        assertThat(accountExists()).isFalse();
    }

    @Test
    void loopbackHostsWithJsonAreServed() {
        int i = 0;
        for (String host : List.of("127.0.0.1", "127.0.0.1:" + emulator.port(), "localhost", "LOCALHOST:9900",
                "[::1]", "[::1]:" + emulator.port())) {
            RawHttp.Answer a = raw.sendExactly("POST", "/emulator/accounts",
                    List.of("Host: " + host, "Content-Type: application/json; charset=utf-8"),
                    ACCOUNT.replace("wxevil", "wxok" + i++));
            assertThat(a.status()).as(host).isEqualTo(201);
        }
    }

    @Test
    void theWeChatFaceIsNotGuarded() {
        // WeChat's own endpoints take form posts and any Host (clients behind proxies), as WeChat does
        RawHttp.Answer a = raw.sendExactly("GET", "/cgi-bin/token?grant_type=client_credential&appid=x&secret=y",
                List.of("Host: api.weixin.qq.com"), null);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).contains("errcode");
    }
}
