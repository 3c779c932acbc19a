package io.wxkit.spring.pay;

import io.wxkit.core.internal.crypto.pem.Pem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Plays WeChat Pay in tests: encrypts a resource with the APIv3 key and signs the notification with the platform key. */
final class PaySide {
    static final String MCH_ID = "1900000109";
    static final String API_V3_KEY = "wxkitTestApiV3Key0123456789ABCDE";
    static final String PUBLIC_KEY_ID = "PUB_KEY_ID_0114232134912410000000000000000001";
    static final String SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";

    static String keys(String file) {
        return "file:" + Path.of(System.getProperty("wxkit.shared.dir"), "vectors/keys", file);
    }

    static String[] properties() {
        return new String[] {"wxkit.pay.mch-id=" + MCH_ID, "wxkit.pay.app-id=wxd678efh567hg6787",
            "wxkit.pay.private-key=" + keys("TEST-ONLY-merchant-apiclient_key.pem"), "wxkit.pay.cert-serial-no=" + SERIAL,
            "wxkit.pay.api-v3-key=" + API_V3_KEY, "wxkit.pay.public-key-id=" + PUBLIC_KEY_ID,
            "wxkit.pay.public-key=" + keys("TEST-ONLY-platform_pub.pem"),
            "wxkit.pay.notify-url=https://shop.example.com/pay/paid",
            "wxkit.pay.refund-notify-url=https://shop.example.com/pay/refunded", "wxkit.pay.max-notification-bytes=8192"};
    }

    static String payment(String id, String outTradeNo, String tradeState) {
        String tx = "{\"mchid\":\"" + MCH_ID + "\",\"appid\":\"wxd678efh567hg6787\",\"out_trade_no\":\"" + outTradeNo
                + "\",\"transaction_id\":\"4200000001202311150000000001\",\"trade_type\":\"JSAPI\",\"trade_state\":\""
                + tradeState + "\",\"trade_state_desc\":\"ok\",\"bank_type\":\"CMC\",\"success_time\":\"2026-12-03T06:08:20+08:00\","
                + "\"payer\":{\"openid\":\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\"},\"amount\":{\"total\":990,\"payer_total\":990,"
                + "\"currency\":\"CNY\",\"payer_currency\":\"CNY\"}}";
        return envelope(id, "TRANSACTION.SUCCESS", "transaction", tx);
    }

    static String refund(String id, String outRefundNo) {
        String r = "{\"mchid\":\"" + MCH_ID + "\",\"out_trade_no\":\"T1\",\"transaction_id\":\"4200000001202311150000000001\","
                + "\"out_refund_no\":\"" + outRefundNo + "\",\"refund_id\":\"50000000382019052709732678859\","
                + "\"refund_status\":\"SUCCESS\",\"success_time\":\"2026-12-03T06:08:20+08:00\","
                + "\"user_received_account\":\"招商银行信用卡0403\",\"amount\":{\"total\":990,\"refund\":990,\"payer_total\":990,\"payer_refund\":990}}";
        return envelope(id, "REFUND.SUCCESS", "refund", r);
    }

    private static String envelope(String id, String eventType, String originalType, String plaintext) {
        String nonce = UUID.randomUUID().toString().substring(0, 12);
        return "{\"id\":\"" + id + "\",\"create_time\":\"2026-12-03T06:08:20+08:00\",\"resource_type\":\"encrypt-resource\","
                + "\"event_type\":\"" + eventType + "\",\"summary\":\"ok\",\"resource\":{\"original_type\":\"" + originalType
                + "\",\"algorithm\":\"AEAD_AES_256_GCM\",\"ciphertext\":\"" + encrypt(originalType, nonce, plaintext)
                + "\",\"associated_data\":\"" + originalType + "\",\"nonce\":\"" + nonce + "\"}}";
    }

    static MockHttpServletRequestBuilder post(String path, String body, boolean goodSignature) {
        return post(path, body, goodSignature, Instant.now());
    }

    /** As {@link #post(String, String, boolean)}, signed as sent at {@code sentAt} (a replay, when long ago). */
    static MockHttpServletRequestBuilder post(String path, String body, boolean goodSignature, Instant sentAt) {
        String ts = Long.toString(sentAt.getEpochSecond());
        String nonce = UUID.randomUUID().toString().replace("-", "");
        String signed = goodSignature ? body : body + " ";
        return MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Wechatpay-Timestamp", ts).header("Wechatpay-Nonce", nonce).header("Wechatpay-Serial", PUBLIC_KEY_ID)
                .header("Wechatpay-Signature", sign(ts + "\n" + nonce + "\n" + signed + "\n"));
    }

    private static String encrypt(String aad, String nonce, String plaintext) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(API_V3_KEY.getBytes(StandardCharsets.US_ASCII), "AES"),
                    new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.US_ASCII)));
            c.updateAAD(aad.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(String message) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(platformKey());
            s.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey platformKey() {
        try {
            return Pem.privateKey(Files.readString(Path.of(System.getProperty("wxkit.shared.dir"), "vectors/keys/TEST-ONLY-platform_key.pem")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
