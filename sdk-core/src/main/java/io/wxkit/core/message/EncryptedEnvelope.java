package io.wxkit.core.message;

import java.util.Objects;

/**
 * The safe-mode callback body: the {@code Encrypt} ciphertext and the {@code ToUserName} it was sent to.
 * In compatible mode the same body also carries the plaintext fields, which are ignored.
 *
 * <pre>{@code
 * EncryptedEnvelope env = codec.decodeEnvelope(body);
 * String xml = crypt.decrypt(msgSignature, timestamp, nonce, env.encrypt());
 * }</pre>
 *
 * @param toUser the account ({@code ToUserName}); null if WeChat omitted it
 * @param encrypt the Base64 ciphertext ({@code Encrypt})
 */
public record EncryptedEnvelope(String toUser, String encrypt) {
    /**
     * Validates the ciphertext.
     *
     * @param toUser the account ({@code ToUserName}); null if WeChat omitted it
     * @param encrypt the Base64 ciphertext ({@code Encrypt})
     * @throws NullPointerException if {@code encrypt} is null
     */
    public EncryptedEnvelope {
        Objects.requireNonNull(encrypt, "encrypt");
    }
}
