package io.wxkit.core.internal.crypto.pay;

import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** AEAD_AES_256_GCM with the APIv3 key (32 ASCII bytes). */
final class AesGcmResourceCipher implements ResourceCipher {
    private final SecretKey key;

    AesGcmResourceCipher(String apiV3Key) {
        byte[] raw = apiV3Key == null ? new byte[0] : apiV3Key.getBytes(StandardCharsets.UTF_8);
        if (raw.length != 32) {
            throw new PayCryptoException(PayCryptoException.Reason.MALFORMED,
                    "the APIv3 key must be 32 bytes, got " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    @Override
    public String algorithm() {
        return "AEAD_AES_256_GCM";
    }

    @Override
    public String decrypt(String associatedData, String nonce, String ciphertext) {
        return GcmSupport.decrypt("AES/GCM/NoPadding", null, key, associatedData, nonce, ciphertext);
    }

    @Override
    public byte[] decryptToUtf8(String associatedData, String nonce, String ciphertext) {
        return GcmSupport.decryptToUtf8("AES/GCM/NoPadding", null, key, associatedData, nonce, ciphertext);
    }

    @Override
    public String encrypt(String associatedData, String nonce, String plaintext) {
        return GcmSupport.encrypt("AES/GCM/NoPadding", null, key, associatedData, nonce, plaintext);
    }

    @Override
    public String toString() {
        return "ResourceCipher[AEAD_AES_256_GCM, key=***]";
    }
}
