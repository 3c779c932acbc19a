package io.wxkit.core.token;

import io.wxkit.core.internal.token.CredentialCache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.core.http.ApiClient;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.core.http.WxApiException;
import io.wxkit.core.json.Json;
import java.time.Instant;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The Javadoc and guide examples of sdk-core's HTTP and token classes, compiled and run. */
class SnippetsTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void accessTokenManagerAndApiClientExamplesWork() throws Exception {
        server.enqueue(json("{\"access_token\":\"ACCESS_TOKEN\",\"expires_in\":7200}"));
        server.enqueue(json("{\"menu\":{\"button\":[]}}"));
        server.enqueue(json("{\"errcode\":40018,\"errmsg\":\"invalid button name size\"}"));
        String secret = "0123456789abcdef0123456789abcdef";
        ApiClient api = ApiClient.builder().baseUrl(server.url("/").toString()).build();

        AccessTokenManager tokens = AccessTokenManager.builder().appId("wx...").secret(secret).apiClient(api).build();
        String token = tokens.token();

        ApiClient calls = api.withTokens(tokens);
        JsonNode menu = calls.get("cgi-bin/menu/get", Map.of(), JsonNode.class);
        String shown = null;
        try { calls.post("cgi-bin/menu/create", menu, JsonNode.class); }
        catch (WxApiException e) { if (e.errcode() == 40018) shown = e.errmsg(); }

        assertThat(token).isEqualTo("ACCESS_TOKEN");
        assertThat(menu.has("menu")).isTrue();
        assertThat(shown).isEqualTo("invalid button name size");
    }

    @Test
    void credentialCacheAndApiRequestExamplesWork() {
        server.enqueue(json("{\"errcode\":0,\"errmsg\":\"ok\",\"ticket\":\"bxLdikRXVbTPdHSM05e5u5sUoXNKd8-41ZO3MhKoyN5OfkWITDGgnr2fwJ0m9E8NYzWKVZvdVtaUgWvsdshFKA\",\"expires_in\":7200}"));
        ApiClient api = ApiClient.builder().baseUrl(server.url("/").toString()).build().withTokens(new io.wxkit.core.http.TokenSource() {
            @Override
            public String accessToken() {
                return "T";
            }

            @Override
            public void invalidate(String staleToken) {
            }
        });
        String appId = "wxAPPID";

        CredentialCache tickets = CredentialCache.builder(appId + ":jsapi_ticket", force -> fetchTicket(api)).build();
        String ticket = tickets.get();

        assertThat(ticket).startsWith("bxLdikRXVbTPdHSM05e5u5sUoXNK");
        assertThat(Json.create().readTree("{\"errcode\":0,\"errmsg\":\"ok\"}").path("errcode").asInt()).isZero();
    }

    static Credential fetchTicket(ApiClient api) {
        JsonNode r = api.call(ApiRequest.get("cgi-bin/ticket/getticket").query("type", "jsapi"), JsonNode.class);
        return new Credential(r.path("ticket").asText(), Instant.now().plusSeconds(r.path("expires_in").asLong()));
    }
}
