package io.wxkit.core.internal.crypto.pay;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Random {@code nonce_str} values for WeChat Pay requests: 32 upper-case hex characters (128 bits). */
public final class Nonces {
    private Nonces() {}

    /** A fresh 32-character nonce drawn from {@code random}. */
    public static String next(SecureRandom random) {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return HexFormat.of().withUpperCase().formatHex(b);
    }
}
