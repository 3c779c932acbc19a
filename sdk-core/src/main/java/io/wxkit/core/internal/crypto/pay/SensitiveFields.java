package io.wxkit.core.internal.crypto.pay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;

/**
 * WeChat Pay APIv3 sensitive-field encryption (names, ID and phone numbers): RSA-OAEP with SHA-1 and
 * MGF1-SHA1 ({@code RSA/ECB/OAEPWithSHA-1AndMGF1Padding}), Base64. Fields sent to WeChat Pay are
 * encrypted with the platform public key (and the request carries {@code Wechatpay-Serial}); fields
 * WeChat Pay returns are decrypted with the merchant private key.
 *
 * <pre>{@code
 * String userName = SensitiveFields.encrypt(platformKey, "张三", random);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SensitiveFields {
    private static final String TRANSFORMATION = "RSA/ECB/OAEPWithSHA-1AndMGF1Padding";

    private SensitiveFields() {}

    /** Encrypts {@code plaintext} (UTF-8) for the holder of {@code publicKey}; randomised by {@code random}. */
    public static String encrypt(PublicKey publicKey, String plaintext, SecureRandom random) {
        try {
            Cipher c = Cipher.getInstance(TRANSFORMATION);
            c.init(Cipher.ENCRYPT_MODE, publicKey, random);
            return Base64.getEncoder().encodeToString(c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new PayCryptoException(PayCryptoException.Reason.MALFORMED, "RSA-OAEP encryption failed (field too long?)", e);
        }
    }

    /**
     * Decrypts a Base64 RSA-OAEP field with the merchant private key.
     *
     * @throws PayCryptoException {@code MALFORMED} for bad Base64, a wrong key or a tampered field
     */
    public static String decrypt(PrivateKey privateKey, String ciphertext) {
        try {
            Cipher c = Cipher.getInstance(TRANSFORMATION);
            c.init(Cipher.DECRYPT_MODE, privateKey);
            return new String(c.doFinal(Base64.getDecoder().decode(ciphertext)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new PayCryptoException(PayCryptoException.Reason.MALFORMED, "RSA-OAEP decryption failed");
        }
    }
}
