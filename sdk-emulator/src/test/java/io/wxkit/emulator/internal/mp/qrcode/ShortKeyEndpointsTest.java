package io.wxkit.emulator.internal.mp.qrcode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.MutableClock;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Short keys: generated, fetched with the seconds left, gone after expiry; the documented 94100xx errcodes. */
class ShortKeyEndpointsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"));
    private WxEmulator emulator;
    private TestHttp http;
    private String token;

    @BeforeEach
    void start() {
        emulator = WxEmulator.builder().clock(clock).start();
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
    void aKeyGivesItsDataBackUntilItExpires() {
        JsonNode gen = post("/cgi-bin/shorten/gen", "{\"long_data\":\"loooooong data\",\"expire_seconds\":86400}");
        assertThat(gen.get("errcode").asInt()).isZero();
        String key = gen.get("short_key").asText();
        assertThat(key).matches("[0-9a-zA-Z]{15}");
        clock.advance(Duration.ofSeconds(100));
        JsonNode fetched = post("/cgi-bin/shorten/fetch", "{\"short_key\":\"" + key + "\"}");
        assertThat(fetched.get("long_data").asText()).isEqualTo("loooooong data");
        assertThat(fetched.get("create_time").asLong()).isEqualTo(Instant.parse("2026-11-26T02:00:00Z")
                .getEpochSecond());
        assertThat(fetched.get("expire_seconds").asLong()).isEqualTo(86300);
        clock.advance(Duration.ofDays(1));
        token = http.accountWithToken("wx1"); // the old token died with the day
        assertThat(post("/cgi-bin/shorten/fetch", "{\"short_key\":\"" + key + "\"}").get("errcode").asInt())
                .isEqualTo(9410012);
    }

    @Test
    void badInputAnswersTheDocumentedErrcodes() {
        assertThat(post("/cgi-bin/shorten/gen", "{\"expire_seconds\":10}").get("errcode").asInt()).isEqualTo(47003);
        assertThat(post("/cgi-bin/shorten/gen", "{\"long_data\":\"" + "x".repeat(4097) + "\"}").get("errcode")
                .asInt()).isEqualTo(9410010);
        assertThat(post("/cgi-bin/shorten/gen", "{\"long_data\":\"x\",\"expire_seconds\":2592001}").get("errcode")
                .asInt()).isEqualTo(9410011);
        assertThat(post("/cgi-bin/shorten/fetch", "{\"short_key\":\"iTqRJFSEqk9RvPk\"}").get("errcode").asInt())
                .isEqualTo(9410012);
        String other = http.accountWithToken("wx2");
        String key = http.post("/cgi-bin/shorten/gen?access_token=" + other, "{\"long_data\":\"theirs\"}").json()
                .get("short_key").asText();
        assertThat(post("/cgi-bin/shorten/fetch", "{\"short_key\":\"" + key + "\"}").get("errcode").asInt())
                .isEqualTo(9410012);
    }
}
