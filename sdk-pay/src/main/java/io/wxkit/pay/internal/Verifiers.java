package io.wxkit.pay.internal;

import io.wxkit.core.internal.crypto.pay.PayVerifier;
import io.wxkit.core.internal.crypto.sm.Sm2PayKeys;
import java.security.PublicKey;

/** Picks the signature scheme from the key type: RSA keys verify SHA256withRSA, EC (SM2) keys SM2-with-SM3. */
final class Verifiers {
    private Verifiers() {}

    static PayVerifier forKey(PublicKey key) {
        return key.getAlgorithm().equals("RSA") ? PayVerifier.rsa(key) : Sm2PayKeys.verifier(key);
    }
}
