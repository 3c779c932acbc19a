package io.wxkit.emulator.pay;

import io.wxkit.core.internal.crypto.pay.PaySigner;
import io.wxkit.core.internal.crypto.pem.Pem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import org.bouncycastle.asn1.ASN1Integer;

/**
 * The emulator's WeChat Pay platform identity, generated at start: one RSA-2048 key pair exposed both as a
 * "WeChat Pay public key" ({@code PUB_KEY_ID_...}) and as a self-signed platform certificate (40-hex serial),
 * so merchants can use either verification mode. Immutable and thread-safe.
 */
public final class PlatformKeys {
    private final KeyPair keys;
    private final String publicKeyId;
    private final X509Certificate certificate;
    private final String certificateSerial;
    private final PaySigner signer;
    private final X509Certificate tlsCertificate;

    private PlatformKeys(KeyPair keys, String publicKeyId, X509Certificate certificate, X509Certificate tls) {
        this.keys = keys;
        this.tlsCertificate = tls;
        this.publicKeyId = publicKeyId;
        this.certificate = certificate;
        this.certificateSerial = Pem.serialNumber(certificate);
        this.signer = PaySigner.rsa(keys.getPrivate());
    }

    /**
     * Generates a fresh identity (about 100–500 ms of RSA key generation).
     *
     * @param random the source of the key pair, the public key id and the certificate serials
     * @param now the certificates are valid from a day before it until five years after it
     * @return the identity
     */
    public static PlatformKeys generate(SecureRandom random, Instant now) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048, random);
            KeyPair keys = g.generateKeyPair();
            StringBuilder id = new StringBuilder("PUB_KEY_ID_01");
            for (int i = 0; i < 26; i++) {
                id.append(random.nextInt(10));
            }
            X500Name platform = new X500Name("CN=Tenpay.com Root CA (wxkit emulator), O=wxkit emulator, C=CN");
            X500Name tls = new X500Name("CN=127.0.0.1, O=wxkit emulator mch TLS, C=CN");
            return new PlatformKeys(keys, id.toString(), selfSigned(keys, random, now, platform, null),
                    selfSigned(keys, random, now, tls, loopbackNames()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate the platform key", e);
        }
    }

    private static Extensions loopbackNames() {
        try {
            ExtensionsGenerator g = new ExtensionsGenerator();
            g.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost")}));
            return g.generate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static X509Certificate selfSigned(KeyPair keys, SecureRandom random, Instant now, X500Name name,
                                              Extensions extensions) throws GeneralSecurityException {
        byte[] serial = new byte[20];
        random.nextBytes(serial);
        serial[0] &= 0x7f;
        serial[0] |= 0x10;
        AlgorithmIdentifier alg = new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption,
                DERNull.INSTANCE);
        V3TBSCertificateGenerator tbs = new V3TBSCertificateGenerator();
        tbs.setSerialNumber(new ASN1Integer(new BigInteger(serial)));
        tbs.setSignature(alg);
        tbs.setIssuer(name);
        tbs.setSubject(name);
        tbs.setStartDate(new Time(Date.from(now.minus(Duration.ofDays(1)))));
        tbs.setEndDate(new Time(Date.from(now.plus(Duration.ofDays(5 * 365)))));
        tbs.setSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()));
        if (extensions != null) {
            tbs.setExtensions(extensions);
        }
        TBSCertificate body = tbs.generateTBSCertificate();
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(keys.getPrivate());
            s.update(body.getEncoded("DER"));
            ASN1EncodableVector v = new ASN1EncodableVector();
            v.add(body);
            v.add(alg);
            v.add(new DERBitString(s.sign()));
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(new DERSequence(v).getEncoded("DER"))
                    + "\n-----END CERTIFICATE-----\n";
            return Pem.certificate(pem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The WeChat Pay public key id ({@code PUB_KEY_ID_...}), sent as {@code Wechatpay-Serial} in public-key mode.
     *
     * @return {@code PUB_KEY_ID_01} followed by 26 digits
     */
    public String publicKeyId() {
        return publicKeyId;
    }

    /**
     * The public key as PEM ({@code PUBLIC KEY}).
     *
     * @return the X.509 {@code SubjectPublicKeyInfo} in PEM, lines of 64 characters
     */
    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /**
     * The platform certificate serial (upper-case hex), sent as {@code Wechatpay-Serial} in certificate mode.
     *
     * @return the serial in upper-case hex
     */
    public String certificateSerial() {
        return certificateSerial;
    }

    /**
     * The platform certificate as PEM.
     *
     * @return the certificate in PEM, lines of 64 characters
     */
    public String certificatePem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The platform certificate (the v3 certificate mode's answer to {@code GET /v3/certificates}).
     *
     * @return the certificate
     */
    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * The server certificate of the mutual-TLS pay port (v2 red packets), for 127.0.0.1 and localhost.
     *
     * @return the certificate
     */
    public X509Certificate tlsCertificate() {
        return tlsCertificate;
    }

    /**
     * The TLS server certificate as PEM, for clients that must trust it.
     *
     * @return the certificate in PEM, lines of 64 characters
     */
    public String tlsCertificatePem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(tlsCertificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The emulator's platform private key (generated per run; it signs answers and notifications and
     * decrypts sensitive fields). It protects nothing real.
     *
     * @return the private key
     */
    public java.security.PrivateKey privateKey() {
        return keys.getPrivate();
    }

    /**
     * Signs {@code timestamp\nnonce\nbody\n} (responses and notifications).
     *
     * @param message the message to sign
     * @return the Base64 signature
     */
    public String sign(String message) {
        return signer.sign(message);
    }

    @Override
    public String toString() {
        return "PlatformKeys[publicKeyId=" + publicKeyId + ", certificateSerial=" + certificateSerial + "]";
    }
}
