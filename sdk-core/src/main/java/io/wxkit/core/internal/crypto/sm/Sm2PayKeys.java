package io.wxkit.core.internal.crypto.sm;

import io.wxkit.core.internal.crypto.pay.PayCryptoException;
import io.wxkit.core.internal.crypto.pay.PaySigner;
import io.wxkit.core.internal.crypto.pay.PayVerifier;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Objects;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;

/**
 * WeChat Pay's national-standard signature scheme {@code WECHATPAY2-SM2-WITH-SM3}: SM2 signatures
 * with SM3, the standard default user id {@code 1234567812345678}, ASN.1 DER (r, s) encoding,
 * Base64 — a drop-in {@link PaySigner}/{@link PayVerifier} for the RSA scheme.
 *
 * <pre>{@code
 * PaySigner signer = Sm2PayKeys.signer(Pem.privateKey(sm2KeyPem));
 * PayVerifier verifier = Sm2PayKeys.verifier(Pem.publicKey(platformSm2PubPem));
 * }</pre>
 *
 * <p>Signers and verifiers are immutable and thread-safe.
 */
public final class Sm2PayKeys {
    /** The Authorization scheme of the SM2 variant. */
    public static final String SCHEME = "WECHATPAY2-SM2-WITH-SM3";
    /** The SM2 user id WeChat Pay uses (GM/T 0009 default). */
    public static final String DEFAULT_USER_ID = "1234567812345678";

    private Sm2PayKeys() {}

    /** A signer for an SM2 private key (curve sm2p256v1). */
    public static PaySigner signer(PrivateKey privateKey) {
        return new Signer(Objects.requireNonNull(privateKey, "privateKey"));
    }

    /** A verifier for an SM2 public key. */
    public static PayVerifier verifier(PublicKey publicKey) {
        return new Verifier(Objects.requireNonNull(publicKey, "publicKey"));
    }

    /** Generates an SM2 key pair (curve sm2p256v1), e.g. for tests and the emulator. */
    public static KeyPair generateKeyPair(SecureRandom random) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC", Bc.PROVIDER);
            g.initialize(new ECGenParameterSpec("sm2p256v1"), random);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("BouncyCastle lacks SM2", e);
        }
    }

    static Signature newSignature() throws GeneralSecurityException {
        Signature s = Signature.getInstance("SM3withSM2", Bc.PROVIDER);
        s.setParameter(new SM2ParameterSpec(DEFAULT_USER_ID.getBytes(StandardCharsets.US_ASCII)));
        return s;
    }

    private record Signer(PrivateKey key) implements PaySigner {
        @Override
        public String scheme() {
            return SCHEME;
        }

        @Override
        public String sign(byte[] message) {
            try {
                Signature s = newSignature();
                s.initSign(key);
                s.update(message);
                return Base64.getEncoder().encodeToString(s.sign());
            } catch (GeneralSecurityException e) {
                throw new PayCryptoException(PayCryptoException.Reason.MALFORMED, "SM2 signing failed (not an SM2 key?)", e);
            }
        }

        @Override
        public String toString() {
            return "PaySigner[" + SCHEME + "]";
        }
    }

    private record Verifier(PublicKey key) implements PayVerifier {
        @Override
        public boolean verify(byte[] message, String signatureBase64) {
            if (signatureBase64 == null) {
                return false;
            }
            try {
                byte[] sig = Base64.getDecoder().decode(signatureBase64);
                Signature s = newSignature();
                s.initVerify(key);
                s.update(message);
                return s.verify(sig);
            } catch (IllegalArgumentException | GeneralSecurityException e) {
                return false;
            }
        }
    }
}
