package io.wxkit.spring.pay;

import io.wxkit.spring.WxPropertyException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collections;

/**
 * The merchant API certificate of a merchant, read once at startup so the health indicator can report its expiry:
 * from {@code merchant-certificate} (PEM), else from the red-packet {@code p12}. Its serial must be
 * {@code cert-serial-no}, the one every request is signed under: a mismatch is a configuration error worth
 * refusing before WeChat Pay does.
 */
final class MerchantCertificates {
    private MerchantCertificates() {
    }

    /** The certificate, or {@code null} when neither source is configured. */
    static X509Certificate read(String prefix, WxPayMerchantProperties s) {
        X509Certificate cert;
        String property;
        if (s.getMerchantCertificate() != null) {
            property = prefix + ".merchant-certificate";
            String pem = PayMerchantFactory.read(property, s.getMerchantCertificate());
            cert = fromPem(property, pem);
        } else if (s.getP12() != null) {
            property = prefix + ".p12";
            cert = fromPkcs12(property, PayMerchantFactory.bytes(property, s.getP12()),
                    s.getP12Password() == null ? s.getMchId() : s.getP12Password());
        } else {
            return null;
        }
        if (!cert.getSerialNumber().toString(16).equalsIgnoreCase(s.getCertSerialNo().trim())) {
            throw new WxPropertyException(property, "holds a certificate whose serial is not " + prefix + ".cert-serial-no");
        }
        return cert;
    }

    // the JDK's X.509 factory reads PEM text itself (the starter uses public API only, not sdk-core's internal PEM
    // reader); a merchant API certificate is RSA, which the JDK knows
    private static X509Certificate fromPem(String property, String pem) {
        try {
            Certificate c = CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            if (c instanceof X509Certificate x) {
                return x;
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            // fall through: the message below says what is wrong without echoing the file
        }
        throw new WxPropertyException(property, "is not a PEM X.509 certificate");
    }

    private static X509Certificate fromPkcs12(String property, byte[] p12, String password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(p12), password.toCharArray());
            for (String alias : Collections.list(store.aliases())) {
                Certificate c = store.getCertificate(alias);
                if (c instanceof X509Certificate x) {
                    return x;
                }
            }
            throw new WxPropertyException(property, "holds no X.509 certificate");
        } catch (IOException | GeneralSecurityException e) {
            // a wrong password surfaces as an IOException; say so without the password
            throw new WxPropertyException(property, "cannot be opened (" + e.getClass().getSimpleName()
                    + "; is p12-password right?)");
        }
    }
}
