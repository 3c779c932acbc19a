package io.wxkit.core.crypto.pay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAKey;
import java.util.Base64;
import java.util.Objects;

/** SHA256withRSA signer and verifier (RSASSA-PKCS1-v1_5, deterministic). */
final class RsaPayKeys {
    static final String SCHEME = "WECHATPAY2-SHA256-RSA2048";

    private RsaPayKeys() {}

    record Signer(PrivateKey key) implements PaySigner {
        Signer {
            Objects.requireNonNull(key, "privateKey");
            if (!(key instanceof RSAKey)) {
                throw new PayCryptoException(PayCryptoException.Reason.MALFORMED, "expected an RSA private key, got " + key.getAlgorithm());
            }
        }

        @Override
        public String scheme() {
            return SCHEME;
        }

        @Override
        public String sign(byte[] message) {
            try {
                Signature s = Signature.getInstance("SHA256withRSA");
                s.initSign(key);
                s.update(message);
                return Base64.getEncoder().encodeToString(s.sign());
            } catch (GeneralSecurityException e) {
                throw new PayCryptoException(PayCryptoException.Reason.MALFORMED, "RSA signing failed", e);
            }
        }

        @Override
        public String toString() {
            return "PaySigner[" + SCHEME + "]";
        }
    }

    /** Verifies with a per-thread {@code Signature} (re-initialised per call; holds no request data). */
    static final class Verifier implements PayVerifier {
        private final PublicKey key;
        private final ThreadLocal<Signature> signature = ThreadLocal.withInitial(Verifier::newSignature);

        Verifier(PublicKey key) {
            Objects.requireNonNull(key, "publicKey");
            if (!(key instanceof RSAKey)) {
                throw new PayCryptoException(PayCryptoException.Reason.MALFORMED, "expected an RSA public key, got " + key.getAlgorithm());
            }
            this.key = key;
        }

        private static Signature newSignature() {
            try {
                return Signature.getInstance("SHA256withRSA");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("JDK lacks SHA256withRSA", e);
            }
        }

        @Override
        public boolean verify(byte[] message, String signatureBase64) {
            if (signatureBase64 == null) {
                return false;
            }
            try {
                byte[] sig = Base64.getDecoder().decode(signatureBase64);
                Signature s = signature.get();
                s.initVerify(key);
                s.update(message);
                return s.verify(sig);
            } catch (IllegalArgumentException | GeneralSecurityException e) {
                return false;
            }
        }

        /**
         * {@link #verify} of {@code timestamp\nnonce\nbody\n}, the parts fed to the digest one by one:
         * the same bytes without assembling the whole message (a 1 KB copy per notification).
         */
        boolean verifyParts(String timestamp, String nonce, String body, String signatureBase64) {
            if (signatureBase64 == null) {
                return false;
            }
            try {
                byte[] sig = Base64.getDecoder().decode(signatureBase64);
                Signature s = signature.get();
                s.initVerify(key);
                s.update(timestamp.getBytes(StandardCharsets.UTF_8));
                s.update((byte) '\n');
                s.update(nonce.getBytes(StandardCharsets.UTF_8));
                s.update((byte) '\n');
                s.update(body.getBytes(StandardCharsets.UTF_8));
                s.update((byte) '\n');
                return s.verify(sig);
            } catch (IllegalArgumentException | GeneralSecurityException e) {
                return false;
            }
        }

        @Override
        public String toString() {
            return "PayVerifier[SHA256withRSA]";
        }
    }
}
