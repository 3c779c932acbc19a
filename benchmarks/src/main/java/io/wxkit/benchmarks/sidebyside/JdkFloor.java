package io.wxkit.benchmarks.sidebyside;

import io.wxkit.benchmarks.shared.Inputs;
import io.wxkit.benchmarks.shared.WechatSide;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A careful single-account implementation of the same verified work, JDK only: what the hot paths
 * cost when nothing but the protocol is done. Every check the libraries make is made here too
 * (signatures, timestamp window, appid, padding, AES-GCM tag, dedup); instances are per thread
 * (the {@code Cipher}, {@code MessageDigest} and {@code Signature} objects are reused).
 */
public final class JdkFloor {
    private static final HexFormat HEX = HexFormat.of();
    private static final long WINDOW_SECONDS = 300;

    public record Payment(String outTradeNo, String tradeState, long total) {
    }

    public record CachedToken(String value, long refreshAtMillis) {
    }

    private final MessageDigest sha1;
    private final MessageDigest md5;
    private final Mac hmac;
    private final Cipher cbc;
    private final Cipher gcm;
    private final SecretKeySpec aesKey;
    private final IvParameterSpec iv;
    private final SecretKeySpec apiV3Key;
    private final Signature rsa;
    private final PublicKey platform;
    private final SecureRandom random = new SecureRandom();
    private final byte[] prefix = new byte[16];
    private final byte[] appId = Inputs.APP_ID.getBytes(StandardCharsets.US_ASCII);
    private final Map<String, String> templateData = Inputs.templateData();
    private ConcurrentHashMap<Long, Boolean> seen = new ConcurrentHashMap<>(Inputs.POOL * 2);

    JdkFloor() {
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
            md5 = MessageDigest.getInstance("MD5");
            hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(Inputs.API_V2_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] key = Base64.getDecoder().decode(Inputs.AES_KEY + "=");
            aesKey = new SecretKeySpec(key, "AES");
            iv = new IvParameterSpec(key, 0, 16);
            cbc = Cipher.getInstance("AES/CBC/NoPadding");
            gcm = Cipher.getInstance("AES/GCM/NoPadding");
            apiV3Key = new SecretKeySpec(Inputs.API_V3_KEY.getBytes(StandardCharsets.UTF_8), "AES");
            rsa = Signature.getInstance("SHA256withRSA");
            platform = WechatSide.publicKey(WechatSide.pem("TEST-ONLY-platform_pub.pem"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    void forgetSeenMessages() {
        seen = new ConcurrentHashMap<>(Inputs.POOL * 2);
    }

    String plain(WechatSide.Callback c) {
        if (!sortedSha1(c.param("timestamp"), c.param("nonce"), null).equals(c.param("signature"))) {
            throw new IllegalArgumentException("bad signature");
        }
        return answer(c.body());
    }

    String safe(WechatSide.Callback c) {
        String ts = c.param("timestamp");
        String nonce = c.param("nonce");
        long age = Math.abs(Inputs.CALLBACK_TIME - Long.parseLong(ts));
        String encrypt = field(c.body(), "Encrypt");
        if (age > WINDOW_SECONDS || !MessageDigest.isEqual(
                sortedSha1(ts, nonce, encrypt).getBytes(StandardCharsets.US_ASCII),
                c.param("msg_signature").getBytes(StandardCharsets.US_ASCII))) {
            throw new IllegalArgumentException("bad msg_signature");
        }
        String reply = answer(decrypt(encrypt));
        String out = encrypt(reply);
        return "<xml><Encrypt><![CDATA[" + out + "]]></Encrypt><MsgSignature><![CDATA[" + sortedSha1(ts, nonce, out)
                + "]]></MsgSignature><TimeStamp>" + ts + "</TimeStamp><Nonce><![CDATA[" + nonce + "]]></Nonce></xml>";
    }

    /** Parse the five fields a text rule needs, dedup by MsgId, route, write the reply. */
    private String answer(String xml) {
        String to = field(xml, "ToUserName");
        String from = field(xml, "FromUserName");
        String type = field(xml, "MsgType");
        String content = field(xml, "Content");
        long msgId = Long.parseLong(field(xml, "MsgId"));
        if (seen.putIfAbsent(msgId, Boolean.TRUE) != null) {
            return "success";
        }
        if (!type.equals("text") || !content.startsWith("order")) {
            return "success";
        }
        return "<xml><ToUserName><![CDATA[" + from + "]]></ToUserName><FromUserName><![CDATA[" + to
                + "]]></FromUserName><CreateTime>" + Inputs.CALLBACK_TIME + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[" + Inputs.REPLY + "]]></Content></xml>";
    }

    /** The value of {@code <name>}, CDATA or not (the inputs carry no entities). */
    private static String field(String xml, String name) {
        int open = xml.indexOf(name);
        int from = open + name.length() + 1;
        if (open < 0 || xml.charAt(from - 1) != '>') {
            throw new IllegalArgumentException("no " + name);
        }
        boolean cdata = xml.startsWith("<![CDATA[", from);
        int start = cdata ? from + 9 : from;
        int end = xml.indexOf(cdata ? "]]>" : "<", start);
        return xml.substring(start, end);
    }

    private String sortedSha1(String ts, String nonce, String encrypt) {
        String[] parts = encrypt == null ? new String[] {Inputs.TOKEN, ts, nonce} : new String[] {Inputs.TOKEN, ts, nonce, encrypt};
        Arrays.sort(parts);
        for (String p : parts) {
            sha1.update(p.getBytes(StandardCharsets.UTF_8));
        }
        return HEX.formatHex(sha1.digest());
    }

    private String decrypt(String encrypt) {
        try {
            cbc.init(Cipher.DECRYPT_MODE, aesKey, iv);
            byte[] plain = cbc.doFinal(Base64.getDecoder().decode(encrypt));
            int pad = plain[plain.length - 1];
            if (pad < 1 || pad > 32) {
                throw new IllegalArgumentException("bad padding");
            }
            int length = ByteBuffer.wrap(plain, 16, 4).getInt();
            int appIdFrom = 20 + length;
            if (length < 0 || appIdFrom > plain.length - pad
                    || !new String(plain, appIdFrom, plain.length - pad - appIdFrom, StandardCharsets.US_ASCII).equals(Inputs.APP_ID)) {
                throw new IllegalArgumentException("not for this appid");
            }
            return new String(plain, 20, length, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private String encrypt(String xml) {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        int length = 20 + body.length + Inputs.APP_ID.length();
        int pad = 32 - length % 32;
        byte[] plain = new byte[length + pad];
        random.nextBytes(prefix);
        System.arraycopy(prefix, 0, plain, 0, 16);
        ByteBuffer.wrap(plain, 16, 4).putInt(body.length);
        System.arraycopy(body, 0, plain, 20, body.length);
        System.arraycopy(appId, 0, plain, 20 + body.length, appId.length);
        Arrays.fill(plain, length, plain.length, (byte) pad);
        try {
            cbc.init(Cipher.ENCRYPT_MODE, aesKey, iv);
            return Base64.getEncoder().encodeToString(cbc.doFinal(plain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    Payment payment(Map<String, String> headers, String body) {
        String ts = headers.get("Wechatpay-Timestamp");
        String nonce = headers.get("Wechatpay-Nonce");
        if (!Inputs.PUBLIC_KEY_ID.equals(headers.get("Wechatpay-Serial"))
                || Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(ts)) > WINDOW_SECONDS) {
            throw new IllegalArgumentException("unknown serial or stale");
        }
        try {
            rsa.initVerify(platform);
            rsa.update((ts + "\n" + nonce + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8));
            if (!rsa.verify(Base64.getDecoder().decode(headers.get("Wechatpay-Signature")))) {
                throw new IllegalArgumentException("bad signature");
            }
            gcm.init(Cipher.DECRYPT_MODE, apiV3Key, new GCMParameterSpec(128, jsonString(body, "nonce").getBytes(StandardCharsets.UTF_8)));
            gcm.updateAAD(jsonString(body, "associated_data").getBytes(StandardCharsets.UTF_8));
            String tx = new String(gcm.doFinal(Base64.getDecoder().decode(jsonString(body, "ciphertext"))), StandardCharsets.UTF_8);
            int amount = tx.indexOf("\"total\":") + 8;
            int amountEnd = tx.indexOf(',', amount);
            return new Payment(jsonString(tx, "out_trade_no"), jsonString(tx, "trade_state"),
                    Long.parseLong(tx, amount, amountEnd, 10));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A string member of flat, unescaped JSON (what the inputs are). */
    private static String jsonString(String json, String name) {
        String key = "\"" + name + "\":\"";
        int from = json.indexOf(key);
        if (from < 0) {
            throw new IllegalArgumentException("no " + name);
        }
        from += key.length();
        return json.substring(from, json.indexOf('"', from));
    }

    String v2Sign(Map<String, String> params, boolean useHmac) {
        String[] keys = params.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        StringBuilder a = new StringBuilder(512);
        for (String k : keys) {
            String v = params.get(k);
            if (v != null && !v.isEmpty() && !k.equals("sign")) {
                a.append(k).append('=').append(v).append('&');
            }
        }
        byte[] message = a.append("key=").append(Inputs.API_V2_KEY).toString().getBytes(StandardCharsets.UTF_8);
        byte[] digest = useHmac ? hmac.doFinal(message) : md5.digest(message);
        return HexFormat.of().withUpperCase().formatHex(digest);
    }

    byte[] templateJson() {
        StringBuilder j = new StringBuilder(512).append("{\"touser\":");
        quote(j, Inputs.OPENID).append(",\"template_id\":");
        quote(j, Inputs.TEMPLATE_ID).append(",\"url\":");
        quote(j, Inputs.TEMPLATE_URL).append(",\"data\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : templateData.entrySet()) {
            quote(j.append(first ? "" : ","), e.getKey()).append(":{\"value\":");
            quote(j, e.getValue()).append(",\"color\":");
            quote(j, Inputs.TEMPLATE_COLOR).append('}');
            first = false;
        }
        return j.append("}}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder quote(StringBuilder j, String s) {
        j.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                j.append('\\').append(c);
            } else if (c < 0x20) {
                j.append(String.format("\\u%04x", (int) c));
            } else {
                j.append(c);
            }
        }
        return j.append('"');
    }
}
