package io.wxkit.core.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Per-thread {@code AES/CBC/NoPadding} ciphers for WeChat message encryption. A cipher stays initialised
 * with the last account key it saw: CBC resets to the initial IV after {@code doFinal}, so a thread that
 * keeps serving the same account skips {@code init}. Holds keys, never request data.
 */
final class AesCbc {
    private static final ThreadLocal<AesCbc> PER_THREAD = ThreadLocal.withInitial(AesCbc::new);

    private final Cipher encryptor;
    private final Cipher decryptor;
    private SecretKeySpec encryptKey;
    private SecretKeySpec decryptKey;

    private AesCbc() {
        try {
            encryptor = Cipher.getInstance("AES/CBC/NoPadding");
            decryptor = Cipher.getInstance("AES/CBC/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CBC/NoPadding is required by every Java platform", e);
        }
    }

    static AesCbc get() {
        return PER_THREAD.get();
    }

    /** Encrypts {@code length} bytes of {@code buffer} in place; length must be a multiple of 16. */
    void encrypt(SecretKeySpec key, IvParameterSpec iv, byte[] buffer, int length) throws GeneralSecurityException {
        if (encryptKey != key) {
            encryptKey = null;
            encryptor.init(Cipher.ENCRYPT_MODE, key, iv);
            encryptKey = key;
        }
        run(encryptor, buffer, length, true);
    }

    /** Decrypts {@code length} bytes of {@code buffer} in place; length must be a multiple of 16. */
    void decrypt(SecretKeySpec key, IvParameterSpec iv, byte[] buffer, int length) throws GeneralSecurityException {
        if (decryptKey != key) {
            decryptKey = null;
            decryptor.init(Cipher.DECRYPT_MODE, key, iv);
            decryptKey = key;
        }
        run(decryptor, buffer, length, false);
    }

    private void run(Cipher cipher, byte[] buffer, int length, boolean encrypting) throws GeneralSecurityException {
        boolean done = false;
        try {
            int written = cipher.doFinal(buffer, 0, length, buffer, 0);
            if (written != length) {
                throw new IllegalStateException("unexpected AES/CBC output length");
            }
            done = true;
        } finally {
            if (!done) { // unknown cipher state: force a fresh init next time
                if (encrypting) {
                    encryptKey = null;
                } else {
                    decryptKey = null;
                }
            }
        }
    }
}
