package io.wxkit.emulator.internal.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxkit.emulator.FakeApp;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.Vectors;
import io.wxkit.emulator.WxEmulator;
import java.net.URI;
import java.net.http.HttpRequest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pay v3 against the emulator, signed with the TEST-ONLY merchant key and checked with JDK-only algorithms. */
class PayV3Test {
    private static final String MCH = "1900000001";
    private static final String APP = "wxd678efh567hg6787";
    private static final String V3KEY = "wxkitTestApiV3Key0123456789ABCDE";
    private static final String SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    private final ObjectMapper mapper = new ObjectMapper();
    private WxEmulator emulator;
    private FakeApp merchantServer;
    private TestHttp http;
    private PrivateKey merchantKey;
    private PublicKey platformKey;

    @BeforeEach
    void start() throws Exception {
        emulator = WxEmulator.builder().notifyRetries(List.of(Duration.ofMillis(50), Duration.ofMillis(50))).start();
        merchantServer = new FakeApp();
        http = new TestHttp(emulator.payBaseUrl());
        merchantKey = PaySigning.privateKey(Vectors.file("vectors/keys/TEST-ONLY-merchant-apiclient_key.pem"));
        TestHttp.Result reg = http.post("/emulator/merchants", mapper.createObjectNode().put("mchId", MCH)
                .put("appId", APP).put("apiV3Key", V3KEY)
                .put("merchantCertificatePem", Vectors.file("vectors/keys/TEST-ONLY-merchant-apiclient_cert.pem"))
                .toString());
        assertThat(reg.status()).isEqualTo(201);
        assertThat(reg.json().get("serialNo").asText()).isEqualTo(SERIAL);
        JsonNode pk = http.get("/emulator/pay/platform-public-key").json();
        assertThat(pk.get("publicKeyId").asText()).startsWith("PUB_KEY_ID_");
        platformKey = PaySigning.publicKey(pk.get("pem").asText());
    }

    @AfterEach
    void stop() {
        merchantServer.close();
        emulator.close();
    }

    private TestHttp.Result call(String method, String pathAndQuery, String body) throws Exception {
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        String nonce = UUID.randomUUID().toString().replace("-", "");
        String sig = PaySigning.sign(merchantKey, method + "\n" + pathAndQuery + "\n" + ts + "\n" + nonce + "\n"
                + (body == null ? "" : body) + "\n");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(emulator.payBaseUrl() + pathAndQuery))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Authorization", "WECHATPAY2-SHA256-RSA2048 mchid=\"" + MCH + "\",nonce_str=\"" + nonce
                        + "\",signature=\"" + sig + "\",timestamp=\"" + ts + "\",serial_no=\"" + SERIAL + "\"")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        TestHttp.Result r = http.send(b);
        assertSignedByPlatform(r.headers().firstValue("Wechatpay-Timestamp").orElseThrow(),
                r.headers().firstValue("Wechatpay-Nonce").orElseThrow(), r.body(),
                r.headers().firstValue("Wechatpay-Signature").orElseThrow());
        return r;
    }

    private void assertSignedByPlatform(String ts, String nonce, String body, String signature) throws Exception {
        assertThat(PaySigning.verify(platformKey, ts + "\n" + nonce + "\n" + body + "\n", signature)).isTrue();
    }

    private String order(String outTradeNo, String notifyUrl) {
        return "{\"appid\":\"" + APP + "\",\"mchid\":\"" + MCH + "\",\"description\":\"Image形象店-深圳腾大-QQ公仔\","
                + "\"out_trade_no\":\"" + outTradeNo + "\",\"notify_url\":\"" + notifyUrl + "\",\"attach\":\"a1\","
                + "\"amount\":{\"total\":100,\"currency\":\"CNY\"},\"payer\":{\"openid\":\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\"}}";
    }

    @Test
    void theTestAlgorithmsReproduceTheSharedVectors() throws Exception {
        JsonNode v = Vectors.byId("pay-v3-respverify-valid").get("inputs");
        PublicKey vectorKey = PaySigning.publicKey(Vectors.file("vectors/keys/TEST-ONLY-platform_pub.pem"));
        JsonNode h = v.get("headers");
        assertThat(PaySigning.verify(vectorKey, h.get("Wechatpay-Timestamp").asText() + "\n"
                + h.get("Wechatpay-Nonce").asText() + "\n" + v.get("body").asText() + "\n",
                h.get("Wechatpay-Signature").asText())).isTrue();
        JsonNode aead = Vectors.byId("pay-v3-aead-transaction");
        assertThat(PaySigning.decrypt(aead.get("inputs").get("apiv3_key").asText(),
                aead.get("inputs").get("associated_data").asText(), aead.get("inputs").get("nonce").asText(),
                aead.get("inputs").get("ciphertext").asText()))
                .isEqualTo(aead.get("expected").get("plaintext").asText());
    }

    @Test
    void jsapiPrepayPayAndNotifyEndToEnd() throws Exception {
        TestHttp.Result prepay = call("POST", "/v3/pay/transactions/jsapi", order("T20261126001", merchantServer.url("/notify")));
        assertThat(prepay.status()).isEqualTo(200);
        assertThat(prepay.json().get("prepay_id").asText()).startsWith("wx").hasSize(36);
        assertThat(prepay.headers().firstValue("Wechatpay-Serial").orElseThrow()).startsWith("PUB_KEY_ID_");
        merchantServer.answer(r -> new FakeApp.Response(204, ""));

        JsonNode paid = http.post("/emulator/orders/T20261126001/pay", "").json();
        assertThat(paid.get("notified").asBoolean()).isTrue();
        FakeApp.Received n = merchantServer.next();
        assertSignedByPlatform(n.headers().get("Wechatpay-Timestamp"), n.headers().get("Wechatpay-Nonce"), n.body(),
                n.headers().get("Wechatpay-Signature"));
        JsonNode envelope = mapper.readTree(n.body());
        assertThat(envelope.get("event_type").asText()).isEqualTo("TRANSACTION.SUCCESS");
        JsonNode res = envelope.get("resource");
        JsonNode tx = mapper.readTree(PaySigning.decrypt(V3KEY, res.get("associated_data").asText(),
                res.get("nonce").asText(), res.get("ciphertext").asText()));
        assertThat(tx.get("trade_state").asText()).isEqualTo("SUCCESS");
        assertThat(tx.get("transaction_id").asText()).isEqualTo(paid.get("transactionId").asText()).hasSize(28);
        assertThat(tx.get("amount").get("total").asInt()).isEqualTo(100);
        assertThat(tx.get("payer").get("openid").asText()).isEqualTo("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");

        JsonNode query = call("GET", "/v3/pay/transactions/out-trade-no/T20261126001?mchid=" + MCH, null).json();
        assertThat(query.get("trade_state").asText()).isEqualTo("SUCCESS");
        assertThat(call("GET", "/v3/pay/transactions/id/" + tx.get("transaction_id").asText() + "?mchid=" + MCH, null)
                .json().get("out_trade_no").asText()).isEqualTo("T20261126001");
        assertThat(http.post("/emulator/orders/T20261126001/pay", "").status()).isEqualTo(409);
    }

    @Test
    void aFailedNotificationIsRetriedOnTheSchedule() throws Exception {
        call("POST", "/v3/pay/transactions/jsapi", order("T20261126002", merchantServer.url("/notify")));
        merchantServer.answer(r -> new FakeApp.Response(500, "{\"code\":\"FAIL\",\"message\":\"失败\"}"));
        assertThat(http.post("/emulator/orders/T20261126002/pay", "").json().get("notified").asBoolean()).isFalse();
        merchantServer.next();
        merchantServer.answer(r -> new FakeApp.Response(200, ""));
        merchantServer.next();
        JsonNode order = http.get("/emulator/orders/T20261126002").json();
        assertThat(order.get("notifications").get(0).get("accepted").asBoolean()).isFalse();
    }

    @Test
    void badSignaturesUnknownMerchantsAndStaleTimestampsAreRejectedWithSignedErrors() throws Exception {
        HttpRequest.Builder forged = HttpRequest.newBuilder(URI.create(emulator.payBaseUrl()
                        + "/v3/pay/transactions/jsapi")).header("Content-Type", "application/json")
                .header("Authorization", "WECHATPAY2-SHA256-RSA2048 mchid=\"" + MCH + "\",nonce_str=\"n\",signature=\""
                        + "AAAA\",timestamp=\"" + System.currentTimeMillis() / 1000 + "\",serial_no=\"" + SERIAL + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(order("T20261126003", "https://m.example.com/n")));
        TestHttp.Result r = http.send(forged);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("code").asText()).isEqualTo("SIGN_ERROR");
        assertSignedByPlatform(r.headers().firstValue("Wechatpay-Timestamp").orElseThrow(),
                r.headers().firstValue("Wechatpay-Nonce").orElseThrow(), r.body(),
                r.headers().firstValue("Wechatpay-Signature").orElseThrow());
        assertThat(http.send(HttpRequest.newBuilder(URI.create(emulator.payBaseUrl() + "/v3/pay/transactions/jsapi"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))).status()).isEqualTo(401);
    }

    @Test
    void validationCloseAndRefundFollowWeChatsRules() throws Exception {
        assertThat(call("POST", "/v3/pay/transactions/jsapi", order("T1", "https://m.example.com/n")).json()
                .get("code").asText()).isEqualTo("PARAM_ERROR");
        assertThat(call("POST", "/v3/pay/transactions/jsapi", order("T20261126004", "https://m.example.com/n?x=1"))
                .status()).isEqualTo(400);
        call("POST", "/v3/pay/transactions/native", order("T20261126005", "https://m.example.com/n"));
        assertThat(call("POST", "/v3/pay/transactions/native", order("T20261126005", "https://m.example.com/n"))
                .json().get("code_url").asText()).startsWith("weixin://wxpay/bizpayurl?pr=");
        assertThat(call("POST", "/v3/pay/transactions/out-trade-no/T20261126005/close", "{\"mchid\":\"" + MCH + "\"}")
                .status()).isEqualTo(204);
        assertThat(call("POST", "/v3/pay/transactions/out-trade-no/T20261126005/close", "{\"mchid\":\"" + MCH + "\"}")
                .json().get("code").asText()).isEqualTo("ORDER_CLOSED");

        call("POST", "/v3/pay/transactions/jsapi", order("T20261126006", merchantServer.url("/notify")));
        http.post("/emulator/orders/T20261126006/pay", "");
        merchantServer.next();
        String refund = "{\"out_trade_no\":\"T20261126006\",\"out_refund_no\":\"R1\",\"reason\":\"商品已售完\","
                + "\"amount\":{\"refund\":60,\"total\":100,\"currency\":\"CNY\"}}";
        JsonNode created = call("POST", "/v3/refund/domestic/refunds", refund).json();
        assertThat(created.get("status").asText()).isEqualTo("PROCESSING");
        assertThat(call("GET", "/v3/refund/domestic/refunds/R1", null).json().get("status").asText()).isEqualTo("SUCCESS");
        assertThat(call("POST", "/v3/refund/domestic/refunds", refund.replace("R1", "R2")).json().get("code").asText())
                .isEqualTo("NOT_ENOUGH");
        assertThat(mapper.readTree(merchantServer.next().body()).get("event_type").asText()).isEqualTo("REFUND.SUCCESS");
        assertThat(call("GET", "/v3/pay/transactions/out-trade-no/T20261126006?mchid=" + MCH, null).json()
                .get("trade_state").asText()).isEqualTo("REFUND");
    }

    @Test
    void certificatesAreEncryptedWithTheApiV3Key() throws Exception {
        JsonNode data = call("GET", "/v3/certificates", null).json().get("data").get(0);
        JsonNode enc = data.get("encrypt_certificate");
        String pem = PaySigning.decrypt(V3KEY, enc.get("associated_data").asText(), enc.get("nonce").asText(),
                enc.get("ciphertext").asText());
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----");
        java.security.cert.X509Certificate cert = (java.security.cert.X509Certificate) java.security.cert
                .CertificateFactory.getInstance("X.509").generateCertificate(
                        new java.io.ByteArrayInputStream(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertThat(cert.getSerialNumber().toString(16).toUpperCase()).isEqualTo(data.get("serial_no").asText());
        assertThat(cert.getPublicKey()).isEqualTo(platformKey);
        cert.verify(platformKey);
    }
}
