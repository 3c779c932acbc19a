package io.wxkit.core.internal.crypto.pem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.internal.crypto.pay.PayVectors;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Base64;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.junit.jupiter.api.Test;

/** PEM loading against the TEST-ONLY keys in ../shared/vectors/keys. */
class PemTest {
    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    @Test
    void certificateSerialsAreTheUpperCaseHexWeChatPayUses() {
        assertThat(Pem.serialNumber(Pem.certificate(PayVectors.file("keys/TEST-ONLY-merchant-apiclient_cert.pem"))))
                .isEqualTo("5157F09EFDC096DE15EBE81A47057A7232F1B8E1");
        assertThat(Pem.serialNumber(Pem.certificate(PayVectors.file("keys/TEST-ONLY-platform_cert.pem"))))
                .isEqualTo("3775B6A45ACD588826D15E583A95F5DD2C8FBF1C");
        assertThat(Pem.serialNumber(BigInteger.valueOf(0xABCDEF))).isEqualTo("ABCDEF");
    }

    @Test
    void publicKeyFromPemEqualsTheCertificatesKey() {
        for (String who : new String[] {"merchant-apiclient", "platform"}) {
            var fromPub = Pem.publicKey(PayVectors.file("keys/TEST-ONLY-" + who + "_pub.pem"));
            var fromCert = Pem.publicKey(PayVectors.file("keys/TEST-ONLY-" + who + "_cert.pem"));
            assertThat(fromPub).isEqualTo(fromCert).isEqualTo(Pem.certificate(PayVectors.file("keys/TEST-ONLY-" + who + "_cert.pem")).getPublicKey());
        }
    }

    @Test
    void pkcs1AndPkcs8PrivateKeysLoadToTheSameKey() throws Exception {
        PrivateKey pkcs8 = Pem.privateKey(PayVectors.file("keys/TEST-ONLY-merchant-apiclient_key.pem"));
        byte[] pkcs1Der = PrivateKeyInfo.getInstance(pkcs8.getEncoded()).parsePrivateKey().toASN1Primitive().getEncoded();
        PrivateKey pkcs1 = Pem.privateKey(pem("RSA PRIVATE KEY", pkcs1Der));
        assertThat(((RSAPrivateCrtKey) pkcs1).getModulus()).isEqualTo(((RSAPrivateCrtKey) pkcs8).getModulus());
        assertThat(((RSAPrivateCrtKey) pkcs1).getPrivateExponent()).isEqualTo(((RSAPrivateCrtKey) pkcs8).getPrivateExponent());
        assertThat(pkcs1.getEncoded()).isEqualTo(pkcs8.getEncoded());
    }

    @Test
    void pkcs1PublicKeyLoads() throws Exception {
        var spki = Pem.publicKey(PayVectors.file("keys/TEST-ONLY-platform_pub.pem"));
        byte[] pkcs1 = org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(spki.getEncoded()).parsePublicKey().getEncoded();
        assertThat(Pem.publicKey(pem("RSA PUBLIC KEY", pkcs1))).isEqualTo(spki);
    }

    @Test
    void certificateBundlesLoadInOrder() {
        String bundle = PayVectors.file("keys/TEST-ONLY-platform_cert.pem") + PayVectors.file("keys/TEST-ONLY-merchant-apiclient_cert.pem");
        assertThat(Pem.certificates(bundle)).extracting(Pem::serialNumber)
                .containsExactly("3775B6A45ACD588826D15E583A95F5DD2C8FBF1C", "5157F09EFDC096DE15EBE81A47057A7232F1B8E1");
    }

    @Test
    void wrongTypesAndGarbageAreTypedErrorsWithoutKeyMaterial() {
        String key = PayVectors.file("keys/TEST-ONLY-merchant-apiclient_key.pem");
        assertThatThrownBy(() -> Pem.publicKey(key)).isInstanceOf(PemException.class).hasMessageContaining("PRIVATE KEY")
                .hasMessageNotContaining(key.substring(40, 80));
        assertThatThrownBy(() -> Pem.privateKey(PayVectors.file("keys/TEST-ONLY-platform_pub.pem"))).isInstanceOf(PemException.class);
        assertThatThrownBy(() -> Pem.certificate(key)).isInstanceOf(PemException.class);
        assertThatThrownBy(() -> Pem.privateKey("not a pem")).isInstanceOf(PemException.class);
        assertThatThrownBy(() -> Pem.privateKey(pem("PRIVATE KEY", new byte[] {1, 2, 3}))).isInstanceOf(PemException.class);
        assertThatThrownBy(() -> Pem.privateKey(pem("ENCRYPTED PRIVATE KEY", new byte[] {1}))).isInstanceOf(PemException.class)
                .hasMessageContaining("encrypted");
        assertThatThrownBy(() -> Pem.privateKey(key + key)).isInstanceOf(PemException.class).hasMessageContaining("exactly one");
    }
}
