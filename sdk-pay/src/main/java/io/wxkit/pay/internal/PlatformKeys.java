package io.wxkit.pay.internal;

import io.wxkit.core.internal.crypto.pay.PayVerifier;
import io.wxkit.pay.observe.VerificationKey;
import java.security.PublicKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one merchant verifies WeChat Pay: a fixed WeChat Pay public key ({@code PUB_KEY_ID_...}) or
 * auto-refreshed platform certificates. Implementations are thread-safe.
 */
public interface PlatformKeys {

    /**
     * Makes sure keys are available before a request is sent (downloads platform certificates on
     * first use), so a request is never sent whose answer could not be verified.
     */
    default void prepare() {}

    /** The verifier for {@code Wechatpay-Serial}, empty if this merchant holds no such key. */
    Optional<PayVerifier> verifier(String serial);

    /** The key (and its serial, for {@code Wechatpay-Serial}) that encrypts sensitive request fields. */
    EncryptionKey encryptionKey();

    /**
     * The keys held now, for health checks; never downloads (the certificate mode holds none before its first
     * download). Each implementation of wxkit's overrides it; the default is for test doubles.
     */
    default List<VerificationKey> loaded() {
        return List.of();
    }

    /** A WeChat Pay public key and the serial (or public key id) that names it. */
    record EncryptionKey(String serial, PublicKey publicKey) {
        public EncryptionKey {
            Objects.requireNonNull(serial, "serial");
            Objects.requireNonNull(publicKey, "publicKey");
        }
    }
}
