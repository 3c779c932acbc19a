package io.wxkit.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.emulator.WxEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenGrantsTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private WxEmulator emulator;

    @BeforeEach
    void start() throws Exception {
        emulator = WxEmulator.start();
        post("/emulator/accounts", "{\"appId\":\"wxload1\",\"secret\":\"s3cret\",\"token\":\"tok123\"}");
        post("/emulator/accounts", "{\"appId\":\"wxload2\",\"secret\":\"s3cret\",\"token\":\"tok123\"}");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void oneGrantDuringTheRunHoldsAndAGrantBeforeItIsNotCounted() throws Exception {
        fetchToken("wxload1"); // the app's start-up call, before the run
        TokenGrants check = TokenGrants.before(URI.create(emulator.baseUrl()));
        fetchToken("wxload2");

        PostRunCheck.Outcome outcome = only(check.checks(null));

        assertThat(outcome.holds()).isTrue();
        assertThat(outcome.detail()).contains("wxload1: 0 during the run, 1 since the emulator started")
                .contains("wxload2: 1 during the run, 1 since the emulator started");
    }

    @Test
    void aSecondGrantToOneAccountDuringTheRunFailsTheCheck() throws Exception {
        TokenGrants check = TokenGrants.before(URI.create(emulator.baseUrl()));
        fetchToken("wxload2");
        fetchToken("wxload2"); // a second instance that did not share the first one's token

        PostRunCheck.Outcome outcome = only(check.checks(null));

        assertThat(outcome.holds()).isFalse();
        assertThat(outcome.detail()).contains("wxload2: 2 during the run");
    }

    private static PostRunCheck.Outcome only(List<PostRunCheck.Outcome> outcomes) {
        assertThat(outcomes).hasSize(1);
        return outcomes.get(0);
    }

    private void fetchToken(String appId) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl()
                + "/cgi-bin/token?grant_type=client_credential&appid=" + appId + "&secret=s3cret")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.body()).contains("access_token");
    }

    private void post(String path, String json) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(201);
    }
}
