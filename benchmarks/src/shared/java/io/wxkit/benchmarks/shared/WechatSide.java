package io.wxkit.benchmarks.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat's half of every exchange, written against the JDK: it signs and encrypts the callbacks and
 * payment notifications all sides receive, and it checks every side's answer (decrypts the reply,
 * verifies its signature) in setup, so that a fast wrong answer cannot win.
 */
public final class WechatSide {
    private WechatSide() {
    }

    /** One callback as it reaches the server: query parameters and body; {@code encrypt} in safe mode. */
    public record Callback(Map<String, String> query, String body, String encrypt) {
        public String param(String name) {
            return query.get(name);
        }
    }

    /** One payment notification: the five {@code Wechatpay-*} headers and the JSON body. */
    public record Notification(Map<String, String> headers, String body, String outTradeNo) {
        public String header(String name) {
            return headers.get(name);
        }
    }

    /** {@link Inputs#POOL} distinct callbacks, plain ({@code safe=false}) or {@code encrypt_type=aes}. */
    public static Callback[] callbacks(boolean safe) {
        Callback[] pool = new Callback[Inputs.POOL];
        String ts = Long.toString(Inputs.CALLBACK_TIME);
        for (int i = 0; i < pool.length; i++) {
            String xml = Inputs.textMessage(i);
            String nonce = Inputs.nonce(i);
            Map<String, String> q = new HashMap<>();
            q.put("signature", sha1Sorted(Inputs.TOKEN, ts, nonce));
            q.put("timestamp", ts);
            q.put("nonce", nonce);
            q.put("openid", Inputs.OPENID);
            String encrypt = null;
            if (safe) {
                encrypt = encrypt(xml, i);
                q.put("encrypt_type", "aes");
                q.put("msg_signature", sha1Sorted(Inputs.TOKEN, ts, nonce, encrypt));
                xml = "<xml><ToUserName><![CDATA[" + Inputs.OFFICIAL_ACCOUNT + "]]></ToUserName><Encrypt><![CDATA["
                        + encrypt + "]]></Encrypt></xml>";
            }
            pool[i] = new Callback(Map.copyOf(q), xml, encrypt);
        }
        return pool;
    }

    /** WeChat's signature: SHA-1 hex of the parts sorted and concatenated. */
    public static String sha1Sorted(String... parts) {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(sha1.digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code Base64(AES-256-CBC(random16 ‖ len ‖ xml ‖ appid, PKCS#7 to 32))}, random bytes derived from {@code seed}. */
    static String encrypt(String xml, int seed) {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        byte[] appId = Inputs.APP_ID.getBytes(StandardCharsets.US_ASCII);
        int length = 16 + 4 + body.length + appId.length;
        int pad = 32 - length % 32;
        ByteBuffer plain = ByteBuffer.allocate(length + pad);
        for (int k = 0; k < 16; k++) {
            plain.put((byte) ('a' + (seed + k * 7) % 26));
        }
        plain.putInt(body.length).put(body).put(appId);
        while (plain.hasRemaining()) {
            plain.put((byte) pad);
        }
        return Base64.getEncoder().encodeToString(aesCbc(Cipher.ENCRYPT_MODE, plain.array()));
    }

    /** Checks a safe-mode reply the way WeChat does: {@code msg_signature}, decryption, appid; returns the inner XML. */
    public static String openReply(String replyXml) {
        String encrypt = between(replyXml, "<Encrypt><![CDATA[", "]]></Encrypt>");
        String signature = between(replyXml, "<MsgSignature><![CDATA[", "]]></MsgSignature>");
        String ts = between(replyXml, "<TimeStamp>", "</TimeStamp>");
        String nonce = between(replyXml, "<Nonce><![CDATA[", "]]></Nonce>");
        if (!sha1Sorted(Inputs.TOKEN, ts, nonce, encrypt).equals(signature)) {
            throw new IllegalStateException("reply msg_signature does not verify: " + replyXml);
        }
        byte[] plain = aesCbc(Cipher.DECRYPT_MODE, Base64.getDecoder().decode(encrypt));
        int pad = plain[plain.length - 1];
        int xmlLength = ByteBuffer.wrap(plain, 16, 4).getInt();
        String appId = new String(plain, 20 + xmlLength, plain.length - pad - 20 - xmlLength, StandardCharsets.UTF_8);
        if (!appId.equals(Inputs.APP_ID)) {
            throw new IllegalStateException("reply appid " + appId);
        }
        return new String(plain, 20, xmlLength, StandardCharsets.UTF_8);
    }

    /** The reply must be the rule's text answer to this follower, from this account. */
    public static void checkTextReply(String innerXml) {
        if (!innerXml.contains(Inputs.REPLY) || !innerXml.contains(Inputs.OPENID)
                || !innerXml.contains(Inputs.OFFICIAL_ACCOUNT) || !innerXml.contains("text")) {
            throw new IllegalStateException("not the routed text reply: " + innerXml);
        }
    }

    private static byte[] aesCbc(int mode, byte[] input) {
        byte[] key = Base64.getDecoder().decode(Inputs.AES_KEY + "=");
        try {
            Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
            c.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            return c.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String between(String s, String open, String close) {
        int from = s.indexOf(open);
        int to = from < 0 ? -1 : s.indexOf(close, from + open.length());
        if (to < 0) {
            throw new IllegalStateException("no " + open + " in " + s);
        }
        return s.substring(from + open.length(), to);
    }

    /**
     * {@link Inputs#NOTIFICATION_POOL} distinct TRANSACTION.SUCCESS notifications, signed with the
     * TEST-ONLY platform key at {@code epochSeconds} (wechatpay-java insists on the current time).
     */
    public static Notification[] paymentNotifications(long epochSeconds) {
        PrivateKey platform = privateKey(pem("TEST-ONLY-platform_key.pem"));
        Notification[] pool = new Notification[Inputs.NOTIFICATION_POOL];
        for (int i = 0; i < pool.length; i++) {
            String outTradeNo = "1217752501201407033233" + (368_000 + i);
            String nonce = "fdasflkja" + (100 + i);
            String ciphertext = aesGcm(transaction(outTradeNo), nonce);
            String body = "{\"id\":\"EV-2018022511223320873-" + i + "\",\"create_time\":\"2023-11-15T06:08:21+08:00\","
                    + "\"resource_type\":\"encrypt-resource\",\"event_type\":\"TRANSACTION.SUCCESS\",\"summary\":\"支付成功\","
                    + "\"resource\":{\"original_type\":\"transaction\",\"algorithm\":\"AEAD_AES_256_GCM\",\"ciphertext\":\""
                    + ciphertext + "\",\"associated_data\":\"transaction\",\"nonce\":\"" + nonce + "\"}}";
            String ts = Long.toString(epochSeconds);
            String headerNonce = "5K8264ILTKCH16CQ2502SI8ZN" + (10_000 + i);
            Map<String, String> h = new LinkedHashMap<>();
            h.put("Wechatpay-Timestamp", ts);
            h.put("Wechatpay-Nonce", headerNonce);
            h.put("Wechatpay-Serial", Inputs.PUBLIC_KEY_ID);
            h.put("Wechatpay-Signature", rsaSign(platform, ts + "\n" + headerNonce + "\n" + body + "\n"));
            h.put("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048");
            pool[i] = new Notification(Map.copyOf(h), body, outTradeNo);
        }
        return pool;
    }

    /** The decrypted resource of a payment notification for {@code outTradeNo}. */
    public static String transaction(String outTradeNo) {
        return "{\"mchid\":\"" + Inputs.MCH_ID + "\",\"appid\":\"" + Inputs.PAY_APP_ID + "\",\"out_trade_no\":\"" + outTradeNo
                + "\",\"transaction_id\":\"4200000001202311150000000001\",\"trade_type\":\"JSAPI\",\"trade_state\":\"SUCCESS\","
                + "\"trade_state_desc\":\"支付成功\",\"bank_type\":\"CMC\",\"attach\":\"自定义数据\","
                + "\"success_time\":\"2023-11-15T06:08:20+08:00\",\"payer\":{\"openid\":\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\"},"
                + "\"amount\":{\"total\":100,\"payer_total\":100,\"currency\":\"CNY\",\"payer_currency\":\"CNY\"}}";
    }

    private static String aesGcm(String plaintext, String nonce) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Inputs.API_V3_KEY.getBytes(StandardCharsets.UTF_8), "AES"),
                    new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
            c.updateAAD("transaction".getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rsaSign(PrivateKey key, String message) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The expected v2 {@code sign} of the red packet fields, computed independently (MD5 or HMAC-SHA256). */
    public static String v2Sign(Map<String, String> fields, boolean hmac) {
        StringBuilder a = new StringBuilder();
        fields.entrySet().stream().filter(e -> !e.getValue().isEmpty() && !e.getKey().equals("sign"))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> a.append(a.length() == 0 ? "" : "&").append(e.getKey()).append('=').append(e.getValue()));
        byte[] message = a.append("&key=").append(Inputs.API_V2_KEY).toString().getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest;
            if (hmac) {
                javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Inputs.API_V2_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                digest = mac.doFinal(message);
            } else {
                digest = MessageDigest.getInstance("MD5").digest(message);
            }
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PEM file of the TEST-ONLY vectors: {@code -Dwxkit.shared.dir} or {@code ../shared} beside the repository. */
    public static String pem(String file) {
        Path dir = Path.of(System.getProperty("wxkit.shared.dir", "../shared"));
        try {
            return Files.readString(dir.resolve("vectors/keys").resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException("TEST-ONLY keys not found under " + dir.toAbsolutePath()
                    + " (set -Dwxkit.shared.dir)", e);
        }
    }

    public static PrivateKey privateKey(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PublicKey publicKey(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }
}
