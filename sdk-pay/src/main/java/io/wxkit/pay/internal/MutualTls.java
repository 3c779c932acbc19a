package io.wxkit.pay.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * The dedicated mutual-TLS client for API v2 calls that need the merchant's client certificate
 * ({@code apiclient_cert.p12}): derived from the shared client, so it shares its connection pool and
 * dispatcher but presents the certificate.
 */
public final class MutualTls {
    private MutualTls() {}

    /**
     * @param pkcs12   the merchant certificate and key
     * @param password PKCS#12 password (the merchant id by default)
     * @param trust    server trust, or {@code null} for the JDK's default trust store
     * @throws IllegalStateException for an unreadable PKCS#12 or a wrong password (message names no secret)
     */
    public static OkHttpClient client(OkHttpClient base, byte[] pkcs12, char[] password, X509TrustManager trust, SecureRandom random) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(new ByteArrayInputStream(pkcs12), password);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, password);
            X509TrustManager tm = trust != null ? trust : defaultTrust();
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(kmf.getKeyManagers(), new TrustManager[] {tm}, random);
            return base.newBuilder().sslSocketFactory(ssl.getSocketFactory(), tm).build();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the merchant PKCS#12 certificate (wrong password or file?)", e);
        }
    }

    private static X509TrustManager defaultTrust() throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null);
        for (TrustManager t : tmf.getTrustManagers()) {
            if (t instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new IllegalStateException("no default X509TrustManager");
    }
}
