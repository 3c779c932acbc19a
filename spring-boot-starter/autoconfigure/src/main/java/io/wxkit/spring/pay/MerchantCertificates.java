package io.wxkit.spring.pay;

import io.wxkit.core.internal.crypto.pem.Pem;
import io.wxkit.core.internal.crypto.pem.PemException;
import io.wxkit.spring.WxPropertyException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
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
            try {
                cert = Pem.certificate(pem);
            } catch (PemException | IllegalArgumentException | IndexOutOfBoundsException e) { // no block at all: the last
                throw new WxPropertyException(property, "is not a PEM X.509 certificate");
            }
        } else if (s.getP12() != null) {
            property = prefix + ".p12";
            cert = fromPkcs12(property, PayMerchantFactory.bytes(property, s.getP12()),
                    s.getP12Password() == null ? s.getMchId() : s.getP12Password());
        } else {
            return null;
        }
        if (!Pem.serialNumber(cert).equalsIgnoreCase(s.getCertSerialNo().trim())) {
            throw new WxPropertyException(property, "holds a certificate whose serial is not " + prefix + ".cert-serial-no");
        }
        return cert;
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
