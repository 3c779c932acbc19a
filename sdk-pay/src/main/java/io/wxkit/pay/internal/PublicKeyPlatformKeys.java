package io.wxkit.pay.internal;

import io.wxkit.core.internal.crypto.pay.PayVerifier;
import io.wxkit.pay.observe.VerificationKey;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

/** The WeChat Pay public key mode: one key, named by its public key id ({@code PUB_KEY_ID_...}). */
public final class PublicKeyPlatformKeys implements PlatformKeys {
    private final String publicKeyId;
    private final PayVerifier verifier;
    private final EncryptionKey encryptionKey;
    private final List<VerificationKey> loaded;

    public PublicKeyPlatformKeys(String publicKeyId, PublicKey publicKey) {
        this.publicKeyId = publicKeyId;
        this.verifier = Verifiers.forKey(publicKey);
        this.encryptionKey = new EncryptionKey(publicKeyId, publicKey);
        this.loaded = List.of(new VerificationKey(VerificationKey.Kind.PUBLIC_KEY, publicKeyId, null));
    }

    @Override
    public Optional<PayVerifier> verifier(String serial) {
        return publicKeyId.equals(serial) ? Optional.of(verifier) : Optional.empty();
    }

    @Override
    public EncryptionKey encryptionKey() {
        return encryptionKey;
    }

    @Override
    public List<VerificationKey> loaded() {
        return loaded;
    }
}
