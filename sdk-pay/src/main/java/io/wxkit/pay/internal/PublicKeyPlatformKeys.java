package io.wxkit.pay.internal;

import io.wxkit.core.internal.crypto.pay.PayVerifier;
import java.security.PublicKey;
import java.util.Optional;

/** The WeChat Pay public key mode: one key, named by its public key id ({@code PUB_KEY_ID_...}). */
public final class PublicKeyPlatformKeys implements PlatformKeys {
    private final String publicKeyId;
    private final PayVerifier verifier;
    private final EncryptionKey encryptionKey;

    public PublicKeyPlatformKeys(String publicKeyId, PublicKey publicKey) {
        this.publicKeyId = publicKeyId;
        this.verifier = Verifiers.forKey(publicKey);
        this.encryptionKey = new EncryptionKey(publicKeyId, publicKey);
    }

    @Override
    public Optional<PayVerifier> verifier(String serial) {
        return publicKeyId.equals(serial) ? Optional.of(verifier) : Optional.empty();
    }

    @Override
    public EncryptionKey encryptionKey() {
        return encryptionKey;
    }
}
