package io.wxkit.pay.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.internal.crypto.pay.PaySigner;
import io.wxkit.core.internal.crypto.pay.PayVerifier;
import io.wxkit.pay.PayTestKit;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * During the certificate → public key migration both kinds of serial verify, each only with its own
 * key: an unknown serial, or a known serial carrying the other key's signature, is refused.
 */
class MigrationPlatformKeysTest {
    private static final String CERT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    private static final String MESSAGE = "1700000000\nnonce\n{\"code\":\"SUCCESS\"}\n";

    private final KeyPair certificate = generate();
    private final PaySigner publicKeySigner = PaySigner.rsa(PayTestKit.PLATFORM.getPrivate());
    private final PaySigner certificateSigner = PaySigner.rsa(certificate.getPrivate());
    private final PlatformKeys certificates = new PlatformKeys() {
        @Override
        public Optional<PayVerifier> verifier(String serial) {
            return CERT_SERIAL.equals(serial) ? Optional.of(PayVerifier.rsa(certificate.getPublic())) : Optional.empty();
        }

        @Override
        public EncryptionKey encryptionKey() {
            return new EncryptionKey(CERT_SERIAL, certificate.getPublic());
        }
    };
    private final MigrationPlatformKeys keys = new MigrationPlatformKeys(
            new PublicKeyPlatformKeys(PayTestKit.PUBLIC_KEY_ID, PayTestKit.PLATFORM.getPublic()), certificates);

    @Test
    void bothSerialKindsVerifyWithTheirOwnKey() {
        assertThat(keys.verifier(PayTestKit.PUBLIC_KEY_ID)).get()
                .satisfies(v -> assertThat(v.verify(MESSAGE, publicKeySigner.sign(MESSAGE))).isTrue());
        assertThat(keys.verifier(CERT_SERIAL)).get()
                .satisfies(v -> assertThat(v.verify(MESSAGE, certificateSigner.sign(MESSAGE))).isTrue());
    }

    @Test
    void aKnownSerialWithTheOtherKeysSignatureIsRefused() {
        assertThat(keys.verifier(PayTestKit.PUBLIC_KEY_ID)).get()
                .satisfies(v -> assertThat(v.verify(MESSAGE, certificateSigner.sign(MESSAGE))).isFalse());
        assertThat(keys.verifier(CERT_SERIAL)).get()
                .satisfies(v -> assertThat(v.verify(MESSAGE, publicKeySigner.sign(MESSAGE))).isFalse());
    }

    @Test
    void anUnknownSerialFindsNoVerifierOfEitherKind() {
        assertThat(keys.verifier("PUB_KEY_ID_0114232134912410000000000000000099")).isEmpty();
        assertThat(keys.verifier("0000000000000000000000000000000000000000")).isEmpty();
        assertThat(keys.verifier("")).isEmpty();
    }

    @Test
    void sensitiveFieldsAreEncryptedWithThePublicKey() {
        assertThat(keys.encryptionKey().serial()).isEqualTo(PayTestKit.PUBLIC_KEY_ID);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
