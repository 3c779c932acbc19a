package io.wxkit.core.internal.crypto.sm;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** One BouncyCastle provider instance for the SM algorithms, passed explicitly; never registered globally. */
final class Bc {
    static final Provider PROVIDER = new BouncyCastleProvider();

    private Bc() {}
}
