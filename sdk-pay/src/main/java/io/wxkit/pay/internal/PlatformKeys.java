package io.wxkit.pay.internal;

import io.wxkit.core.internal.crypto.pay.PayVerifier;
import java.security.PublicKey;
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

    /** A WeChat Pay public key and the serial (or public key id) that names it. */
    record EncryptionKey(String serial, PublicKey publicKey) {
        public EncryptionKey {
            Objects.requireNonNull(serial, "serial");
            Objects.requireNonNull(publicKey, "publicKey");
        }
    }
}
