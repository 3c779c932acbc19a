package io.wxkit.pay;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.internal.crypto.pay.Nonces;
import io.wxkit.core.internal.crypto.pay.PaySigner;
import io.wxkit.core.internal.crypto.pay.PayVerifier;
import io.wxkit.core.internal.crypto.pay.ResourceCipher;
import io.wxkit.core.internal.crypto.pay.V3Authorization;
import io.wxkit.core.internal.crypto.pay.V3SignedMessage;
import io.wxkit.core.internal.crypto.pem.Pem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Test fixtures: the TEST-ONLY merchant key from ../shared/vectors/keys, a platform key generated
 * here, responses and notifications signed like WeChat Pay signs them.
 */
public final class PayTestKit {
    public static final String MCH_ID = "1900000109";
    public static final String APP_ID = "wxd678efh567hg6787";
    public static final String MERCHANT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    public static final String API_V3_KEY = "wxkitTestApiV3Key0123456789ABCDE";
    public static final String PUBLIC_KEY_ID = "PUB_KEY_ID_0114232134912410000000000000000001";
    public static final Instant NOW = Instant.ofEpochSecond(1700000000);
    public static final KeyPair PLATFORM = generate();

    public final Clock clock;
    public final PaySigner platformSigner = PaySigner.rsa(PLATFORM.getPrivate());
    public final ResourceCipher cipher = ResourceCipher.aes256Gcm(API_V3_KEY);
    private final SecureRandom random = new SecureRandom();

    public PayTestKit() {
        this(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    public PayTestKit(Clock clock) {
        this.clock = clock;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String shared(String relative) {
        try {
            return Files.readString(Path.of(System.getProperty("wxkit.shared.dir"), relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String merchantKeyPem() {
        return shared("vectors/keys/TEST-ONLY-merchant-apiclient_key.pem");
    }

    public static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** A builder pointed at {@code server}, public-key mode with the generated platform key, no backoff. */
    public WxPay.Builder builder(MockWebServer server) {
        return WxPay.builder().mchId(MCH_ID).appId(APP_ID)
                .merchantKey(merchantKeyPem(), MERCHANT_SERIAL).apiV3Key(API_V3_KEY)
                .platformPublicKey(PUBLIC_KEY_ID, pem("PUBLIC KEY", PLATFORM.getPublic().getEncoded()))
                .baseUrl(server.url("/").toString()).clock(clock).notifyUrl("https://example.com/pay/notify")
                .retry(3, java.time.Duration.ZERO, java.time.Duration.ZERO);
    }

    /** A response signed by the platform key, as WeChat Pay sends it. */
    public MockResponse signed(int code, String body) {
        return signed(code, body, PUBLIC_KEY_ID, clock.instant().getEpochSecond());
    }

    public MockResponse signed(int code, String body, String serial, long timestamp) {
        String nonce = Nonces.next(random);
        String ts = Long.toString(timestamp);
        MockResponse.Builder b = new MockResponse.Builder().code(code)
                .addHeader("Wechatpay-Timestamp", ts).addHeader("Wechatpay-Nonce", nonce)
                .addHeader("Wechatpay-Serial", serial)
                .addHeader("Wechatpay-Signature", platformSigner.sign(V3SignedMessage.message(ts, nonce, body)))
                .addHeader("Request-ID", "08F78BB5AF0610D302E64E7E5C2E94C2");
        if (!body.isEmpty()) {
            b.addHeader("Content-Type", "application/json").body(body);
        }
        return b.build();
    }

    /** Asserts the request carries a valid merchant Authorization over exactly what was sent. */
    public static V3Authorization assertSignedByMerchant(RecordedRequest r) {
        V3Authorization auth = V3Authorization.parse(r.getHeaders().get("Authorization"));
        assertThat(auth.scheme()).isEqualTo("WECHATPAY2-SHA256-RSA2048");
        assertThat(auth.mchId()).isEqualTo(MCH_ID);
        assertThat(auth.serialNo()).isEqualTo(MERCHANT_SERIAL);
        assertThat(auth.nonce()).matches("[0-9A-F]{32}");
        String body = r.getBody() == null ? "" : r.getBody().utf8();
        String message = V3Authorization.message(r.getMethod(), r.getTarget(), auth.timestamp(), auth.nonce(), body);
        PayVerifier merchant = PayVerifier.rsa(Pem.publicKey(shared("vectors/keys/TEST-ONLY-merchant-apiclient_pub.pem")));
        assertThat(merchant.verify(message, auth.signature())).as("Authorization signature").isTrue();
        assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(r.getHeaders().get("User-Agent")).startsWith("wxkit-pay/");
        return auth;
    }

    /** A notification body with {@code resourceJson} encrypted under the APIv3 key. */
    public String notificationBody(String id, String eventType, String originalType, String resourceJson) {
        String nonce = "fdasflkja484";
        String ct = cipher.encrypt(originalType, nonce, resourceJson);
        return "{\"id\":\"" + id + "\",\"create_time\":\"2023-11-15T06:08:21+08:00\",\"resource_type\":\"encrypt-resource\","
                + "\"event_type\":\"" + eventType + "\",\"summary\":\"支付成功\",\"resource\":{\"original_type\":\"" + originalType
                + "\",\"algorithm\":\"AEAD_AES_256_GCM\",\"ciphertext\":\"" + ct + "\",\"associated_data\":\"" + originalType
                + "\",\"nonce\":\"" + nonce + "\"}}";
    }

    /** The headers WeChat Pay sends with {@code body}, signed by the platform key. */
    public Map<String, String> notificationHeaders(String body) {
        String ts = Long.toString(clock.instant().getEpochSecond());
        String nonce = Nonces.next(random);
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Wechatpay-Timestamp", ts);
        h.put("Wechatpay-Nonce", nonce);
        h.put("Wechatpay-Serial", PUBLIC_KEY_ID);
        h.put("Wechatpay-Signature", platformSigner.sign(V3SignedMessage.message(ts, nonce, body)));
        h.put("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048");
        return h;
    }

    public static final String TRANSACTION_JSON = "{\"mchid\":\"" + MCH_ID + "\",\"appid\":\"" + APP_ID + "\","
            + "\"out_trade_no\":\"1217752501201407033233368018\",\"transaction_id\":\"4200000001202311150000000001\","
            + "\"trade_type\":\"JSAPI\",\"trade_state\":\"SUCCESS\",\"trade_state_desc\":\"支付成功\",\"bank_type\":\"CMC\","
            + "\"attach\":\"自定义数据\",\"success_time\":\"2023-11-15T06:08:20+08:00\",\"payer\":{\"openid\":\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\"},"
            + "\"amount\":{\"total\":100,\"payer_total\":100,\"currency\":\"CNY\",\"payer_currency\":\"CNY\"},\"promotion_detail\":[]}";
}
