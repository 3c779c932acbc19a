package io.wxkit.examples.biz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The business system's one server-to-server call: redeem the ticket at the broker's {@code /redeem} with its
 * client credentials (HTTP Basic), with nothing but the JDK's HTTP client and a JSON parser, as any business
 * system in any language would.
 */
final class SsoRedeemer {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String ssoBaseUrl;

    SsoRedeemer(String ssoBaseUrl) {
        this.ssoBaseUrl = ssoBaseUrl;
    }

    /** What the broker answered: {@code status} bound/unbound with the identity, or an {@code error}. */
    record Answer(int httpStatus, JsonNode body) {
        boolean bound() {
            return httpStatus == 200 && "bound".equals(body.path("status").asText());
        }

        String error() {
            return httpStatus == 200 ? null : body.path("error").asText("http_" + httpStatus);
        }
    }

    Answer redeem(String clientId, String clientSecret, String ticket) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(ssoBaseUrl + "/redeem"))
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("ticket=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = r.body().isBlank() ? json.createObjectNode() : json.readTree(r.body());
            return new Answer(r.statusCode(), body);
        } catch (IOException e) {
            return new Answer(502, json.createObjectNode().put("error", "broker_unreachable"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(503, json.createObjectNode().put("error", "interrupted"));
        }
    }
}
