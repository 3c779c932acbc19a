package io.wxkit.core.crypto;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/** Per-thread {@link SecureRandom} (DRBG where available) for nonces and random prefixes: no lock contention. */
final class Randoms {
    private static final ThreadLocal<SecureRandom> PER_THREAD = ThreadLocal.withInitial(Randoms::newRandom);

    private Randoms() {
    }

    static SecureRandom get() {
        return PER_THREAD.get();
    }

    private static SecureRandom newRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
