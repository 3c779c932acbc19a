package io.wxkit.emulator.internal.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxkit.emulator.FakeApp;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.Vectors;
import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpRequest;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * A test merchant on the emulator: the TEST-ONLY merchant certificate registered, an Official Account with one fake
 * user (the payer), a notify URL, and APIv3 calls signed with JDK-only code whose answers are verified.
 */
final class SignedPay implements AutoCloseable {
    static final String MCH = "1900000001";
    static final String APP = "wxd678efh567hg6787";
    static final String V3KEY = "wxkitTestApiV3Key0123456789ABCDE";
    static final String SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    static final ObjectMapper MAPPER = new ObjectMapper();
    final WxEmulator emulator;
    final TestHttp http;
    final FakeApp app = new FakeApp();
    final String payer;
    final PublicKey platformKey;
    final String platformKeyId;
    private final PrivateKey merchantKey;
    private final Clock clock;

    SignedPay(WxEmulator emulator, Clock clock) throws GeneralSecurityException {
        this.emulator = emulator;
        this.clock = clock;
        http = new TestHttp(emulator.payBaseUrl());
        merchantKey = PaySigning.privateKey(Vectors.file("vectors/keys/TEST-ONLY-merchant-apiclient_key.pem"));
        emulator.control().account(APP, "s3cret", "tok123", null, null, CallbackMode.PLAIN);
        payer = emulator.control().user(APP, "Payer").openid();
        TestHttp.Result reg = http.post("/emulator/merchants", MAPPER.createObjectNode().put("mchId", MCH)
                .put("appId", APP).put("apiV3Key", V3KEY)
                .put("merchantCertificatePem", Vectors.file("vectors/keys/TEST-ONLY-merchant-apiclient_cert.pem"))
                .toString());
        assertThat(reg.status()).isEqualTo(201);
        JsonNode pk = http.get("/emulator/pay/platform-public-key").json();
        platformKeyId = pk.get("publicKeyId").asText();
        platformKey = PaySigning.publicKey(pk.get("pem").asText());
    }

    /** A signed APIv3 call; the answer's platform signature is checked when it carries one. */
    TestHttp.Result call(String method, String pathAndQuery, String body) {
        return call(method, pathAndQuery, body, Map.of());
    }

    TestHttp.Result call(String method, String pathAndQuery, String body, Map<String, String> headers) {
        try {
            TestHttp.Result r = http.send(signed(method, pathAndQuery, body, headers));
            var signature = r.headers().firstValue("Wechatpay-Signature");
            if (signature.isPresent()) {
                assertThat(PaySigning.verify(platformKey, r.headers().firstValue("Wechatpay-Timestamp").orElseThrow()
                        + "\n" + r.headers().firstValue("Wechatpay-Nonce").orElseThrow() + "\n" + r.body() + "\n",
                        signature.get())).as("platform signature").isTrue();
            }
            return r;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signed GET whose answer is read as bytes (bill files, gzip included). */
    byte[] rawGet(String pathAndQuery) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(signed("GET", pathAndQuery, null, Map.of()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private HttpRequest.Builder signed(String method, String pathAndQuery, String body, Map<String, String> headers)
            throws GeneralSecurityException {
        String ts = Long.toString(clock.instant().getEpochSecond());
        String nonce = UUID.randomUUID().toString().replace("-", "");
        String sig = PaySigning.sign(merchantKey, method + "\n" + pathAndQuery + "\n" + ts + "\n" + nonce + "\n"
                + (body == null ? "" : body) + "\n");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(emulator.payBaseUrl() + pathAndQuery))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Authorization", "WECHATPAY2-SHA256-RSA2048 mchid=\"" + MCH + "\",nonce_str=\"" + nonce
                        + "\",signature=\"" + sig + "\",timestamp=\"" + ts + "\",serial_no=\"" + SERIAL + "\"")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return b;
    }

    /** A JSAPI order body for the payer. */
    String order(String outTradeNo, long total, String extra) {
        return "{\"appid\":\"" + APP + "\",\"mchid\":\"" + MCH + "\",\"description\":\"Ticket, row 3\","
                + "\"out_trade_no\":\"" + outTradeNo + "\",\"notify_url\":\"" + app.url("/notify") + "\"" + extra
                + ",\"amount\":{\"total\":" + total + ",\"currency\":\"CNY\"},\"payer\":{\"openid\":\"" + payer + "\"}}";
    }

    /** Prepays and pays an order (the payer's notification consumed). */
    void paid(String outTradeNo, long total) {
        assertThat(call("POST", "/v3/pay/transactions/jsapi", order(outTradeNo, total, "")).status()).isEqualTo(200);
        assertThat(http.post("/emulator/orders/" + outTradeNo + "/pay", "").status()).isEqualTo(200);
        assertThat(notification(app.next()).get("event_type").asText()).isEqualTo("TRANSACTION.SUCCESS");
    }

    /** A received notification: its signature verified, the envelope plus {@code "plain"} (the decrypted resource). */
    JsonNode notification(FakeApp.Received n) {
        try {
            assertThat(PaySigning.verify(platformKey, n.headers().get("Wechatpay-Timestamp") + "\n"
                    + n.headers().get("Wechatpay-Nonce") + "\n" + n.body() + "\n", n.headers().get("Wechatpay-Signature")))
                    .isTrue();
            var envelope = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(n.body());
            JsonNode res = envelope.get("resource");
            envelope.set("plain", MAPPER.readTree(PaySigning.decrypt(V3KEY, res.get("associated_data").asText(),
                    res.get("nonce").asText(), res.get("ciphertext").asText())));
            return envelope;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.close();
        emulator.close();
    }
}
