package io.wxkit.core.internal.crypto.pem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Reads the PEM files WeChat Pay hands out: the merchant API private key ({@code apiclient_key.pem},
 * PKCS#8 or PKCS#1), the WeChat Pay public key ({@code pub_key.pem}), and X.509 certificates
 * (merchant {@code apiclient_cert.pem} and platform certificates), RSA or SM2.
 *
 * <pre>{@code
 * PrivateKey key = Pem.privateKey(Files.readString(Path.of("apiclient_key.pem")));
 * String serial = Pem.serialNumber(Pem.certificate(certPem));
 * }</pre>
 *
 * <p>Stateless and thread-safe. Every method throws {@link PemException} (unchecked) for text that is
 * not the expected PEM type or does not decode; the message never contains key material.
 */
public final class Pem {
    private static final Pattern BLOCK =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \\1-----");
    private static final ASN1ObjectIdentifier EC_PUBLIC_KEY = new ASN1ObjectIdentifier("1.2.840.10045.2.1");

    private Pem() {}

    /** Loads a private key from PEM: {@code PRIVATE KEY} (PKCS#8, RSA or SM2) or {@code RSA PRIVATE KEY} (PKCS#1). */
    public static PrivateKey privateKey(String pem) {
        Block b = single(pem);
        try {
            return switch (b.type()) {
                case "PRIVATE KEY" -> pkcs8(b.der());
                case "RSA PRIVATE KEY" -> pkcs1(b.der());
                case "ENCRYPTED PRIVATE KEY" -> throw new PemException(
                        "encrypted private keys are not supported: export apiclient_key.pem without a password");
                default -> throw new PemException("expected a PRIVATE KEY or RSA PRIVATE KEY block, found " + b.type());
            };
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new PemException("malformed " + b.type() + " block", e);
        }
    }

    /**
     * Loads a public key from PEM: {@code PUBLIC KEY} (X.509 SubjectPublicKeyInfo, RSA or SM2),
     * {@code RSA PUBLIC KEY} (PKCS#1) or a {@code CERTIFICATE} (its public key).
     */
    public static PublicKey publicKey(String pem) {
        Block b = single(pem);
        try {
            return switch (b.type()) {
                case "PUBLIC KEY" -> spki(b.der());
                case "RSA PUBLIC KEY" -> {
                    RSAPublicKey k = RSAPublicKey.getInstance(b.der());
                    yield KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(k.getModulus(), k.getPublicExponent()));
                }
                case "CERTIFICATE" -> certificate(pem).getPublicKey();
                default -> throw new PemException("expected a PUBLIC KEY block, found " + b.type());
            };
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            throw new PemException("malformed " + b.type() + " block", e);
        }
    }

    /** Loads the first X.509 certificate in {@code pem}. */
    public static X509Certificate certificate(String pem) {
        List<X509Certificate> all = certificates(pem);
        return all.get(0);
    }

    /** Loads every X.509 certificate in {@code pem} (a chain or a bundle), in order. */
    public static List<X509Certificate> certificates(String pem) {
        List<X509Certificate> out = new ArrayList<>();
        for (Block b : blocks(pem)) {
            if (!b.type().equals("CERTIFICATE")) {
                throw new PemException("expected CERTIFICATE blocks, found " + b.type());
            }
            out.add(x509(b.der()));
        }
        return List.copyOf(out);
    }

    /**
     * The certificate serial number as WeChat Pay writes it ({@code serial_no}, {@code Wechatpay-Serial}):
     * upper-case hexadecimal of the serial's value, without leading zeros.
     */
    public static String serialNumber(X509Certificate certificate) {
        return serialNumber(certificate.getSerialNumber());
    }

    /** Upper-case hexadecimal of a serial number, as in {@link #serialNumber(X509Certificate)}. */
    public static String serialNumber(BigInteger serial) {
        return serial.toString(16).toUpperCase(Locale.ROOT);
    }

    private static X509Certificate x509(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException jdkFailed) {
            try { // SM2 certificates: the JDK does not know the curve
                return (X509Certificate) CertificateFactory.getInstance("X.509", Bc.PROVIDER)
                        .generateCertificate(new ByteArrayInputStream(der));
            } catch (GeneralSecurityException | RuntimeException e) {
                throw new PemException("malformed CERTIFICATE block", e);
            }
        }
    }

    private static PrivateKey pkcs8(byte[] der) throws GeneralSecurityException {
        ASN1ObjectIdentifier alg = PrivateKeyInfo.getInstance(der).getPrivateKeyAlgorithm().getAlgorithm();
        return keyFactory(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    private static PrivateKey pkcs1(byte[] der) throws GeneralSecurityException {
        RSAPrivateKey k = RSAPrivateKey.getInstance(der);
        return KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(k.getModulus(),
                k.getPublicExponent(), k.getPrivateExponent(), k.getPrime1(), k.getPrime2(),
                k.getExponent1(), k.getExponent2(), k.getCoefficient()));
    }

    private static PublicKey spki(byte[] der) throws GeneralSecurityException, IOException {
        ASN1ObjectIdentifier alg = SubjectPublicKeyInfo.getInstance(der).getAlgorithm().getAlgorithm();
        return keyFactory(alg).generatePublic(new X509EncodedKeySpec(der));
    }

    private static KeyFactory keyFactory(ASN1ObjectIdentifier alg) throws GeneralSecurityException {
        if (PKCSObjectIdentifiers.rsaEncryption.equals(alg)) {
            return KeyFactory.getInstance("RSA");
        }
        if (EC_PUBLIC_KEY.equals(alg)) {
            return KeyFactory.getInstance("EC", Bc.PROVIDER); // SM2 (sm2p256v1) is unknown to the JDK
        }
        throw new PemException("unsupported key algorithm " + alg.getId() + " (expected RSA or SM2)");
    }

    private static Block single(String pem) {
        List<Block> all = blocks(pem);
        if (all.size() != 1) {
            throw new PemException("expected exactly one PEM block, found " + all.size());
        }
        return all.get(0);
    }

    private static List<Block> blocks(String pem) {
        if (pem == null) {
            throw new PemException("PEM text is null");
        }
        Matcher m = BLOCK.matcher(pem);
        List<Block> out = new ArrayList<>();
        while (m.find()) {
            try {
                out.add(new Block(m.group(1), Base64.getMimeDecoder().decode(m.group(2).strip())));
            } catch (IllegalArgumentException e) {
                throw new PemException("invalid Base64 in " + m.group(1) + " block", e);
            }
        }
        if (out.isEmpty()) {
            throw new PemException("no PEM block (-----BEGIN ...-----) found");
        }
        return out;
    }

    private record Block(String type, byte[] der) {}

    /** One BouncyCastle provider instance, used explicitly; it is never registered globally. */
    private static final class Bc {
        static final Provider PROVIDER = new BouncyCastleProvider();
    }
}
