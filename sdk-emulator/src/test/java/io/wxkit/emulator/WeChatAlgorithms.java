package io.wxkit.emulator;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An independent, test-only implementation of WeChat's callback algorithms (signature, WXBizMsgCrypt), checked
 * against ../shared/vectors by {@code WeChatAlgorithmsTest}; the emulator's output is checked with it.
 */
public final class WeChatAlgorithms {
    private WeChatAlgorithms() {
    }

    /** hex(sha1(concat(sort(parts)))). */
    public static String sha1Sorted(String... parts) {
        String[] copy = parts.clone();
        Arrays.sort(copy);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(md.digest(String.join("", copy).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decrypts an Encrypt value; returns {xml, appId}. */
    public static String[] decrypt(String encodingAesKey, String encrypt) {
        byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
        try {
            Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            byte[] plain = c.doFinal(Base64.getDecoder().decode(encrypt));
            int pad = plain[plain.length - 1];
            int len = ByteBuffer.wrap(plain, 16, 4).getInt();
            String xml = new String(plain, 20, len, StandardCharsets.UTF_8);
            String appId = new String(plain, 20 + len, plain.length - pad - 20 - len, StandardCharsets.UTF_8);
            return new String[] {xml, appId};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Encrypts with a given 16-byte random prefix. */
    public static String encrypt(String encodingAesKey, String appId, byte[] random16, String xml) {
        byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
        byte[] msg = xml.getBytes(StandardCharsets.UTF_8);
        byte[] app = appId.getBytes(StandardCharsets.UTF_8);
        int unpadded = 20 + msg.length + app.length;
        int pad = 32 - unpadded % 32;
        ByteBuffer b = ByteBuffer.allocate(unpadded + pad);
        b.put(random16).putInt(msg.length).put(msg).put(app);
        while (b.hasRemaining()) {
            b.put((byte) pad);
        }
        try {
            Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            return Base64.getEncoder().encodeToString(c.doFinal(b.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
