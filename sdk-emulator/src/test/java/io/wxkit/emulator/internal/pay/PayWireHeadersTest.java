package io.wxkit.emulator.internal.pay;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.emulator.RawHttp;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.Vectors;
import io.wxkit.emulator.WxEmulator;
import java.security.PrivateKey;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The answers' header names as they cross the wire (a plain socket, no client library to normalise them):
 * spelled as WeChat Pay documents them, on 200s, 204s and errors alike (issue 13 §1).
 */
class PayWireHeadersTest {
    static final String MCH = "1900000001";
    static final String SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    private static final List<String> PAY_HEADERS = List.of("Wechatpay-Timestamp", "Wechatpay-Nonce",
            "Wechatpay-Signature", "Wechatpay-Serial", "Wechatpay-Signature-Type", "Request-ID", "Content-Type");
    private WxEmulator emulator;
    private RawHttp raw;
    private PrivateKey merchantKey;

    @BeforeEach
    void start() throws Exception {
        emulator = WxEmulator.start();
        raw = new RawHttp(emulator.port());
        merchantKey = registerMerchant(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    /** Registers the TEST-ONLY merchant and returns its private key. */
    static PrivateKey registerMerchant(WxEmulator emulator) throws Exception {
        TestHttp http = new TestHttp(emulator.payBaseUrl());
        TestHttp.Result reg = http.post("/emulator/merchants", "{\"mchId\":\"" + MCH + "\",\"appId\":\"wxd678efh567hg6787\","
                + "\"apiV3Key\":\"wxkitTestApiV3Key0123456789ABCDE\",\"merchantCertificatePem\":"
                + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                        Vectors.file("vectors/keys/TEST-ONLY-merchant-apiclient_cert.pem")) + "}");
        assertThat(reg.status()).isEqualTo(201);
        return PaySigning.privateKey(Vectors.file("vectors/keys/TEST-ONLY-merchant-apiclient_key.pem"));
    }

    /** The Authorization header of a v3 call signed with {@code key} at {@code timestamp}. */
    static String authorization(PrivateKey key, String method, String target, String body, String timestamp)
            throws Exception {
        String nonce = UUID.randomUUID().toString().replace("-", "");
        String sig = PaySigning.sign(key, method + "\n" + target + "\n" + timestamp + "\n" + nonce + "\n"
                + (body == null ? "" : body) + "\n");
        return "Authorization: WECHATPAY2-SHA256-RSA2048 mchid=\"" + MCH + "\",nonce_str=\"" + nonce
                + "\",signature=\"" + sig + "\",timestamp=\"" + timestamp + "\",serial_no=\"" + SERIAL + "\"";
    }

    private RawHttp.Answer signed(String method, String target, String body) throws Exception {
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        return raw.send(method, target, List.of(authorization(merchantKey, method, target, body, ts),
                "Accept: application/json", "Content-Type: application/json"), body);
    }

    private static String order(String outTradeNo) {
        return "{\"appid\":\"wxd678efh567hg6787\",\"mchid\":\"" + MCH + "\",\"description\":\"QQ公仔\","
                + "\"out_trade_no\":\"" + outTradeNo + "\",\"notify_url\":\"https://m.example.com/notify\","
                + "\"amount\":{\"total\":100,\"currency\":\"CNY\"},\"payer\":{\"openid\":\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\"}}";
    }

    @Test
    void aPrepayAnswerSpellsEveryHeaderAsWeChatPayDocumentsIt() throws Exception {
        RawHttp.Answer a = signed("POST", "/v3/pay/transactions/jsapi", order("T20261202001"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.names()).containsAll(PAY_HEADERS);
        assertThat(a.exact("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(a.exact("Wechatpay-Signature-Type")).isEqualTo("WECHATPAY2-SHA256-RSA2048");
        assertThat(a.body()).contains("prepay_id");
    }

    @Test
    void a204CloseCarriesTheSameHeadersIncludingContentType() throws Exception {
        signed("POST", "/v3/pay/transactions/native", order("T20261202002"));
        RawHttp.Answer a = signed("POST", "/v3/pay/transactions/out-trade-no/T20261202002/close",
                "{\"mchid\":\"" + MCH + "\"}");
        assertThat(a.status()).isEqualTo(204);
        assertThat(a.names()).containsAll(PAY_HEADERS);
        assertThat(a.exact("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(a.body()).isEmpty();
    }

    @Test
    void errorsCarryTheSameHeaders() throws Exception {
        RawHttp.Answer unsigned = raw.send("POST", "/v3/pay/transactions/jsapi",
                List.of("Content-Type: application/json"), order("T20261202003"));
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.names()).containsAll(PAY_HEADERS);
        RawHttp.Answer unknown = signed("GET", "/v3/pay/transactions/out-trade-no/NOPE1234567?mchid=" + MCH, null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.names()).containsAll(PAY_HEADERS);
        assertThat(unknown.body()).contains("ORDER_NOT_EXIST");
    }

    @Test
    void officialAccountJsonIsLabelledAsWeChatLabelsIt() {
        RawHttp.Answer a = raw.send("GET", "/cgi-bin/token?grant_type=client_credential&appid=wxnone&secret=x",
                List.of(), null);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.exact("Content-Type")).isEqualTo("application/json; encoding=utf-8");
        assertThat(a.body()).contains("errcode");
    }
}
