package io.wxkit.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The emulator's control API over HTTP (DESIGN §7), as a user's own test would call it. */
final class Control {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Control(String base) {
        this.base = base;
    }

    record Platform(String publicKeyId, String publicKeyPem) {
    }

    /** Registers the TEST-ONLY merchant in public-key mode; returns the platform's verification key. */
    Platform registerMerchant() {
        JsonNode r = post("/emulator/merchants", MAPPER.createObjectNode().put("mchId", Merchant.MCH_ID)
                .put("appId", Merchant.APP_ID).put("apiV3Key", Merchant.API_V3_KEY)
                .put("merchantCertificatePem", Merchant.certificatePem()).put("platformMode", "publicKey"), 201);
        return new Platform(r.get("platform").get("publicKeyId").asText(),
                r.get("platform").get("publicKeyPem").asText());
    }

    /** The payer pays the order; returns the transaction id. */
    String pay(String outTradeNo) {
        return post("/emulator/orders/" + outTradeNo + "/pay", MAPPER.createObjectNode(), 200)
                .get("transactionId").asText();
    }

    JsonNode post(String path, JsonNode body, int expectedStatus) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expectedStatus) {
                throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
            }
            return MAPPER.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
