package io.wxkit.sso.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Random tokens, SHA-256 of tickets and HMAC-SHA256: the few primitives the SSO module needs. */
public final class Secrets {
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private Secrets() {
    }

    /** {@code bytes} random bytes from {@code random} as base64url without padding. */
    public static String randomToken(SecureRandom random, int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return URL.encodeToString(b);
    }

    /** {@code bytes} random bytes as lower-case hex (for values whose alphabet is restricted, e.g. OAuth state). */
    public static String randomHex(SecureRandom random, int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code value}: how tickets and sessions are stored. */
    public static String sha256Hex(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    /** HMAC-SHA256 of {@code data} under {@code key}. */
    public static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }

    /** HMAC-SHA256 of the UTF-8 {@code data}, base64url. */
    public static String hmacBase64(byte[] key, String data) {
        return URL.encodeToString(hmac(key, data.getBytes(StandardCharsets.UTF_8)));
    }

    /** A sub-key of {@code master} for one purpose, so one configured secret never serves two uses. */
    public static byte[] derive(byte[] master, String purpose) {
        return hmac(master, ("wxkit-sso:" + purpose).getBytes(StandardCharsets.UTF_8));
    }
}
