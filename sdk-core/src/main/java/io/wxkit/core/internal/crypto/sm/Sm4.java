package io.wxkit.core.internal.crypto.sm;

import io.wxkit.core.internal.crypto.pay.GcmSupport;
import io.wxkit.core.internal.crypto.pay.PayCryptoException;
import io.wxkit.core.internal.crypto.pay.ResourceCipher;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * SM4 block cipher (GB/T 32907-2016) in the modes WeChat Pay's national-standard variant uses:
 * {@code SM4/GCM/NoPadding} for notification resources and certificates (key = first 16 bytes of
 * SM3(APIv3 key)), plus raw ECB/CBC for interoperability checks.
 *
 * <pre>{@code
 * ResourceCipher cipher = Sm4.resourceCipher(apiV3Key);
 * String json = cipher.decrypt(aad, nonce, ciphertext);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Sm4 {
    private Sm4() {}

    /** The AEAD_SM4_GCM resource cipher keyed with SM3(APIv3 key)[0..16), as WeChat Pay documents. */
    public static ResourceCipher resourceCipher(String apiV3Key) {
        byte[] raw = apiV3Key == null ? new byte[0] : apiV3Key.getBytes(StandardCharsets.UTF_8);
        if (raw.length != 32) {
            throw new PayCryptoException(PayCryptoException.Reason.MALFORMED, "the APIv3 key must be 32 bytes, got " + raw.length);
        }
        return new GcmCipher(new SecretKeySpec(Arrays.copyOf(Sm3.digest(raw), 16), "SM4"));
    }

    /** SM4-ECB without padding ({@code data} a multiple of 16 bytes). */
    public static byte[] encryptEcb(byte[] key, byte[] data) {
        return run("SM4/ECB/NoPadding", Cipher.ENCRYPT_MODE, key, null, data);
    }

    /** SM4-CBC encryption, {@code pkcs7} padding or none. */
    public static byte[] encryptCbc(byte[] key, byte[] iv, byte[] data, boolean pkcs7) {
        return run(pkcs7 ? "SM4/CBC/PKCS7Padding" : "SM4/CBC/NoPadding", Cipher.ENCRYPT_MODE, key, iv, data);
    }

    /** SM4-CBC decryption, {@code pkcs7} padding or none. */
    public static byte[] decryptCbc(byte[] key, byte[] iv, byte[] data, boolean pkcs7) {
        return run(pkcs7 ? "SM4/CBC/PKCS7Padding" : "SM4/CBC/NoPadding", Cipher.DECRYPT_MODE, key, iv, data);
    }

    private static byte[] run(String transformation, int mode, byte[] key, byte[] iv, byte[] data) {
        try {
            Cipher c = Cipher.getInstance(transformation, Bc.PROVIDER);
            SecretKeySpec k = new SecretKeySpec(key, "SM4");
            if (iv == null) {
                c.init(mode, k);
            } else {
                c.init(mode, k, new IvParameterSpec(iv));
            }
            return c.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new PayCryptoException(PayCryptoException.Reason.MALFORMED, "SM4 " + transformation + " failed", e);
        }
    }

    private record GcmCipher(SecretKey key) implements ResourceCipher {
        @Override
        public String algorithm() {
            return "AEAD_SM4_GCM";
        }

        @Override
        public String decrypt(String associatedData, String nonce, String ciphertext) {
            return GcmSupport.decrypt("SM4/GCM/NoPadding", Bc.PROVIDER, key, associatedData, nonce, ciphertext);
        }

        @Override
        public byte[] decryptToUtf8(String associatedData, String nonce, String ciphertext) {
            return GcmSupport.decryptToUtf8("SM4/GCM/NoPadding", Bc.PROVIDER, key, associatedData, nonce, ciphertext);
        }

        @Override
        public String encrypt(String associatedData, String nonce, String plaintext) {
            return GcmSupport.encrypt("SM4/GCM/NoPadding", Bc.PROVIDER, key, associatedData, nonce, plaintext);
        }

        @Override
        public String toString() {
            return "ResourceCipher[AEAD_SM4_GCM, key=***]";
        }
    }
}
