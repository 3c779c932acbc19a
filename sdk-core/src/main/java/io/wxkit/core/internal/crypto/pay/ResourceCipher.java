package io.wxkit.core.internal.crypto.pay;

/**
 * The AEAD cipher keyed with the merchant's APIv3 key that protects notification resources and
 * downloaded platform certificates: {@code ciphertext = Base64(ct || 16-byte tag)}, with the
 * resource's {@code nonce} and {@code associated_data}.
 *
 * <pre>{@code
 * ResourceCipher cipher = ResourceCipher.aes256Gcm(apiV3Key);
 * String json = cipher.decrypt(resource.associatedData(), resource.nonce(), resource.ciphertext());
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe; {@code toString()} never shows the key.
 */
public interface ResourceCipher {

    /** The {@code algorithm} value of resources this cipher handles, e.g. {@code AEAD_AES_256_GCM}. */
    String algorithm();

    /**
     * Decrypts and authenticates a resource; nothing is returned unless the tag verifies.
     *
     * @param associatedData {@code associated_data} ("" or {@code null} for none)
     * @param nonce          {@code nonce} (the ASCII string, 12 bytes)
     * @param ciphertext     Base64 of ciphertext followed by the 16-byte tag
     * @throws PayCryptoException {@code AEAD_TAG_MISMATCH} on a wrong key/nonce/AAD or any tampering,
     *                            {@code MALFORMED} for non-Base64 or too-short input
     */
    String decrypt(String associatedData, String nonce, String ciphertext);

    /**
     * {@link #decrypt} returning the authenticated plaintext as its UTF-8 bytes (what WeChat Pay encrypted),
     * for callers that parse bytes: no string is decoded. The default decodes and re-encodes.
     *
     * @throws PayCryptoException as {@link #decrypt}
     */
    default byte[] decryptToUtf8(String associatedData, String nonce, String ciphertext) {
        return decrypt(associatedData, nonce, ciphertext).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Encrypts a resource the way WeChat Pay does (for emulators and tests). The caller must never
     * reuse a nonce with the same key.
     */
    String encrypt(String associatedData, String nonce, String plaintext);

    /** AEAD_AES_256_GCM keyed with the 32-byte APIv3 key. */
    static ResourceCipher aes256Gcm(String apiV3Key) {
        return new AesGcmResourceCipher(apiV3Key);
    }
}
