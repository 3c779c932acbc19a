package io.wxkit.spring.actuate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;

/** Self-signed merchant certificates with a chosen serial and validity, built with BouncyCastle's ASN.1 classes. */
final class TestCertificates {
    private static final KeyPair KEYS = rsa();

    private TestCertificates() {
    }

    static X509Certificate certificate(String serialHex, Instant notBefore, Instant notAfter) {
        try {
            X500Name name = new X500Name("CN=1900000109, O=wxkit test, OU=health");
            AlgorithmIdentifier sha256Rsa = new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption, DERNull.INSTANCE);
            V3TBSCertificateGenerator g = new V3TBSCertificateGenerator();
            g.setSerialNumber(new ASN1Integer(new BigInteger(serialHex, 16)));
            g.setIssuer(name);
            g.setSubject(name);
            g.setStartDate(new Time(Date.from(notBefore)));
            g.setEndDate(new Time(Date.from(notAfter)));
            g.setSignature(sha256Rsa);
            g.setSubjectPublicKeyInfo(SubjectPublicKeyInfo.getInstance(KEYS.getPublic().getEncoded()));
            TBSCertificate tbs = g.generateTBSCertificate();
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(KEYS.getPrivate());
            s.update(tbs.getEncoded(ASN1Encoding.DER));
            ASN1EncodableVector v = new ASN1EncodableVector();
            v.add(tbs);
            v.add(sha256Rsa);
            v.add(new DERBitString(s.sign()));
            byte[] der = new DERSequence(v).getEncoded(ASN1Encoding.DER);
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code cert} as PEM into {@code dir}; returns its {@code file:} location. */
    static String pemFile(Path dir, String name, X509Certificate cert) {
        try {
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(cert.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            Path file = dir.resolve(name);
            Files.writeString(file, pem);
            return "file:" + file;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
