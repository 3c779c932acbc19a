package io.wxkit.emulator.internal.pay;

import io.wxkit.emulator.pay.PlatformKeys;
import io.wxkit.emulator.internal.http.EmulatorServer;
import io.wxkit.emulator.internal.http.Router;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.function.Predicate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;

/**
 * The mutual-TLS port WeChat Pay v2 red packets use: the emulator's server certificate for 127.0.0.1, and a
 * client certificate required on every connection, accepted only when it is a registered merchant's API
 * certificate. Binds at once; starts serving when the platform key is ready.
 */
final class TlsServer {
    private final EmulatorServer server;

    TlsServer(Router router) {
        server = EmulatorServer.mutualTls(router, "wx-emulator-tls");
    }

    int port() {
        return server.port();
    }

    /** Configures TLS with the server identity and the merchant check, then starts serving. */
    void start(PlatformKeys keys, Predicate<X509Certificate> knownMerchant) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            char[] pass = "emulator".toCharArray();
            ks.setKeyEntry("server", keys.privateKey(), pass, new X509Certificate[] {keys.tlsCertificate()});
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, pass);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), new X509TrustManager[] {new MerchantTrust(knownMerchant)}, null);
            server.start(ctx); // does nothing when the emulator closed before its key was ready
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot configure the emulator's TLS port", e);
        }
    }

    void stop() {
        server.close(); // also releases the bound socket when it never started
    }

    /** Trusts exactly the registered merchants' API certificates as clients; never used as a client. */
    private static final class MerchantTrust implements X509TrustManager {
        private final Predicate<X509Certificate> known;

        MerchantTrust(Predicate<X509Certificate> known) {
            this.known = known;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType)
                throws java.security.cert.CertificateException {
            if (chain == null || chain.length == 0 || !known.test(chain[0])) {
                throw new java.security.cert.CertificateException("not a registered merchant API certificate");
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType)
                throws java.security.cert.CertificateException {
            throw new java.security.cert.CertificateException("the emulator is never a TLS client here");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
