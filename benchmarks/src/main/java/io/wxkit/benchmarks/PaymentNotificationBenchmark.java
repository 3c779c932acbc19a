package io.wxkit.benchmarks;

import io.wxkit.core.internal.crypto.pay.Nonces;
import io.wxkit.core.internal.crypto.pay.PaySigner;
import io.wxkit.core.internal.crypto.pay.PayVerifier;
import io.wxkit.core.internal.crypto.pay.ResourceCipher;
import io.wxkit.core.internal.crypto.pay.V3SignedMessage;
import io.wxkit.pay.WxPay;
import io.wxkit.pay.notification.PaymentNotification;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One WeChat Pay payment notification, verified and decrypted ({@code parsePayment}), against the
 * SHA256withRSA verification alone (DESIGN §3: RSA dominates; the rest should stay ≤ 19 KB).
 *
 * <p>The notification is signed and encrypted up front with a key pair made at setup, as WeChat Pay
 * would. Run: {@code java -jar benchmarks/target/benchmarks.jar PaymentNotification -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PaymentNotificationBenchmark {
    private static final String API_V3_KEY = "benchApiV3Key0123456789abcdefABC";
    private static final String PUBLIC_KEY_ID = "PUB_KEY_ID_0114232134912410000000000000000001";
    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);
    private static final String TRANSACTION = "{\"mchid\":\"1900000109\",\"appid\":\"wxd678efh567hg6787\","
            + "\"out_trade_no\":\"1217752501201407033233368018\",\"transaction_id\":\"4200000001202311150000000001\","
            + "\"trade_type\":\"JSAPI\",\"trade_state\":\"SUCCESS\",\"trade_state_desc\":\"支付成功\",\"bank_type\":\"CMC\","
            + "\"success_time\":\"2023-11-15T06:08:20+08:00\",\"payer\":{\"openid\":\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\"},"
            + "\"amount\":{\"total\":100,\"payer_total\":100,\"currency\":\"CNY\",\"payer_currency\":\"CNY\"}}";

    private WxPay pay;
    private PayVerifier verifier;
    private Map<String, String> headers;
    private String body;
    private V3SignedMessage signed;

    @Setup
    public void signAndEncryptOneNotification() throws NoSuchAlgorithmException {
        KeyPair platform = rsa();
        KeyPair merchant = rsa();
        SecureRandom random = new SecureRandom();
        String nonce = "fdasflkja484";
        String ciphertext = ResourceCipher.aes256Gcm(API_V3_KEY).encrypt("transaction", nonce, TRANSACTION);
        body = "{\"id\":\"EV-BENCH\",\"create_time\":\"2023-11-15T06:08:21+08:00\",\"resource_type\":\"encrypt-resource\","
                + "\"event_type\":\"TRANSACTION.SUCCESS\",\"summary\":\"支付成功\",\"resource\":{\"original_type\":\"transaction\","
                + "\"algorithm\":\"AEAD_AES_256_GCM\",\"ciphertext\":\"" + ciphertext + "\",\"associated_data\":\"transaction\","
                + "\"nonce\":\"" + nonce + "\"}}";
        String ts = Long.toString(NOW.getEpochSecond());
        String headerNonce = Nonces.next(random);
        headers = new LinkedHashMap<>();
        headers.put("Wechatpay-Timestamp", ts);
        headers.put("Wechatpay-Nonce", headerNonce);
        headers.put("Wechatpay-Serial", PUBLIC_KEY_ID);
        headers.put("Wechatpay-Signature", PaySigner.rsa(platform.getPrivate()).sign(V3SignedMessage.message(ts, headerNonce, body)));
        headers.put("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048");
        pay = WxPay.builder().mchId("1900000109").appId("wxd678efh567hg6787")
                .merchantKey(pem("PRIVATE KEY", merchant.getPrivate().getEncoded()), "3775B6A45ACD588826D15E583A95F5DD0A12B7C1")
                .apiV3Key(API_V3_KEY)
                .platformPublicKey(PUBLIC_KEY_ID, pem("PUBLIC KEY", platform.getPublic().getEncoded()))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
        verifier = PayVerifier.rsa(platform.getPublic());
        signed = V3SignedMessage.fromHeaders(headers, body);
    }

    @TearDown
    public void close() {
        pay.close();
    }

    @Benchmark
    public PaymentNotification parsePayment() {
        return pay.notifications().parsePayment(headers, body);
    }

    @Benchmark
    public boolean rsaVerificationOnly() {
        return verifier.verify(signed.message(), signed.signature());
    }

    private static KeyPair rsa() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
