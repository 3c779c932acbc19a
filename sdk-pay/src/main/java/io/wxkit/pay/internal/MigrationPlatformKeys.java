package io.wxkit.pay.internal;

import io.wxkit.core.internal.crypto.pay.PayVerifier;
import io.wxkit.pay.observe.VerificationKey;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The switch from platform certificates to the WeChat Pay public key (平台证书 → 微信支付公钥):
 * while it lasts WeChat Pay signs responses and notifications with either, telling them apart by
 * {@code Wechatpay-Serial}. A serial starting with {@code PUB_KEY_ID_} is verified with the public
 * key only, any other serial with the platform certificates only; an unknown serial finds no
 * verifier, never another kind's key. Sensitive fields are encrypted with the public key, the
 * migration's target. Thread-safe.
 */
public final class MigrationPlatformKeys implements PlatformKeys {
    private static final String PUBLIC_KEY_ID_PREFIX = "PUB_KEY_ID_";

    private final PlatformKeys publicKey;
    private final PlatformKeys certificates;

    public MigrationPlatformKeys(PlatformKeys publicKey, PlatformKeys certificates) {
        this.publicKey = publicKey;
        this.certificates = certificates;
    }

    /** Loads the certificates as the certificate mode does: a response signed by either must verify. */
    @Override
    public void prepare() {
        certificates.prepare();
    }

    @Override
    public Optional<PayVerifier> verifier(String serial) {
        return serial.startsWith(PUBLIC_KEY_ID_PREFIX) ? publicKey.verifier(serial) : certificates.verifier(serial);
    }

    @Override
    public EncryptionKey encryptionKey() {
        return publicKey.encryptionKey();
    }

    @Override
    public List<VerificationKey> loaded() {
        return Stream.concat(publicKey.loaded().stream(), certificates.loaded().stream()).toList();
    }
}
