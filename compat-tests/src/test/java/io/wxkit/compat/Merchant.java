package io.wxkit.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The TEST-ONLY merchant of ../shared/vectors (path from the wxkit.shared.dir system property). */
final class Merchant {
    static final String MCH_ID = "1900000001";
    static final String APP_ID = "wxd678efh567hg6787";
    static final String API_V3_KEY = "wxkitTestApiV3Key0123456789ABCDE";
    static final String SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";

    private Merchant() {
    }

    static String privateKeyPem() {
        return shared("vectors/keys/TEST-ONLY-merchant-apiclient_key.pem");
    }

    static String certificatePem() {
        return shared("vectors/keys/TEST-ONLY-merchant-apiclient_cert.pem");
    }

    private static String shared(String relative) {
        String dir = System.getProperty("wxkit.shared.dir");
        if (dir == null) {
            throw new IllegalStateException("system property wxkit.shared.dir is not set (run through Maven)");
        }
        try {
            return Files.readString(Path.of(dir).resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
