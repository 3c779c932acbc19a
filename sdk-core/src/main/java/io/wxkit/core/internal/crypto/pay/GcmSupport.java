package io.wxkit.core.internal.crypto.pay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.Provider;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The GCM mechanics shared by the AES and SM4 resource ciphers: Base64(ct||tag), ASCII nonce and
 * associated data, failures mapped to {@link PayCryptoException}. A fresh {@code Cipher} is used per
 * call: a GCM instance must never be re-initialised with the same key and nonce.
 */
public final class GcmSupport {
    private static final int TAG_BITS = 128;
    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final ThreadLocal<Cipher> AES_GCM_DECRYPT = new ThreadLocal<>();

    private GcmSupport() {}

    /** Decrypts {@code Base64(ct||tag)} with {@code transformation} (e.g. {@code AES/GCM/NoPadding}). */
    public static String decrypt(String transformation, Provider provider, Key key,
                                 String associatedData, String nonce, String ciphertext) {
        return new String(decryptToUtf8(transformation, provider, key, associatedData, nonce, ciphertext),
                StandardCharsets.UTF_8);
    }

    /**
     * {@link #decrypt} without decoding the plaintext: the authenticated bytes themselves (UTF-8 JSON for
     * WeChat Pay resources), for callers that parse bytes.
     */
    public static byte[] decryptToUtf8(String transformation, Provider provider, Key key,
                                       String associatedData, String nonce, String ciphertext) {
        if (nonce == null || nonce.isEmpty() || ciphertext == null) {
            throw new PayCryptoException(PayCryptoException.Reason.MALFORMED, "nonce and ciphertext are required");
        }
        byte[] ct;
        try {
            ct = Base64.getDecoder().decode(ciphertext);
        } catch (IllegalArgumentException e) {
            throw new PayCryptoException(PayCryptoException.Reason.MALFORMED, "ciphertext is not Base64");
        }
        if (ct.length < TAG_BITS / 8) {
            throw new PayCryptoException(PayCryptoException.Reason.MALFORMED, "ciphertext shorter than the GCM tag");
        }
        try {
            Cipher c = init(decryptCipher(transformation, provider), Cipher.DECRYPT_MODE, key, associatedData, nonce);
            return c.doFinal(ct);
        } catch (AEADBadTagException e) {
            throw new PayCryptoException(PayCryptoException.Reason.AEAD_TAG_MISMATCH,
                    "authentication failed: wrong APIv3 key, nonce or associated data, or tampered data");
        } catch (GeneralSecurityException e) {
            throw new PayCryptoException(PayCryptoException.Reason.MALFORMED, "GCM decryption failed", e);
        }
    }

    /** Encrypts to {@code Base64(ct||tag)}. */
    public static String encrypt(String transformation, Provider provider, Key key,
                                 String associatedData, String nonce, String plaintext) {
        try {
            Cipher c = init(transformation, provider, Cipher.ENCRYPT_MODE, key, associatedData, nonce);
            return Base64.getEncoder().encodeToString(c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new PayCryptoException(PayCryptoException.Reason.MALFORMED, "GCM encryption failed", e);
        }
    }

    private static Cipher init(String transformation, Provider provider, int mode, Key key,
                               String associatedData, String nonce) throws GeneralSecurityException {
        return init(provider == null ? Cipher.getInstance(transformation) : Cipher.getInstance(transformation, provider),
                mode, key, associatedData, nonce);
    }

    /**
     * The JDK's AES-GCM decrypting {@code Cipher} of this thread (a provider lookup per notification cost
     * ≈ 4 KB and 1–2 µs); any other transformation or provider gets a new instance. Only decryption is
     * cached: every use re-initialises it with its own key and nonce, and a failed tag check leaves
     * nothing behind ({@code init} resets it), whereas an encrypting GCM cipher refuses to be
     * re-initialised with the same key and nonce, which callers may legitimately do.
     */
    private static Cipher decryptCipher(String transformation, Provider provider) throws GeneralSecurityException {
        if (provider == null && AES_GCM.equals(transformation)) {
            Cipher c = AES_GCM_DECRYPT.get();
            if (c == null) {
                c = Cipher.getInstance(AES_GCM);
                AES_GCM_DECRYPT.set(c);
            }
            return c;
        }
        return provider == null ? Cipher.getInstance(transformation) : Cipher.getInstance(transformation, provider);
    }

    private static Cipher init(Cipher c, int mode, Key key, String associatedData, String nonce)
            throws GeneralSecurityException {
        c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce.getBytes(StandardCharsets.UTF_8)));
        if (associatedData != null && !associatedData.isEmpty()) {
            c.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        }
        return c;
    }
}
