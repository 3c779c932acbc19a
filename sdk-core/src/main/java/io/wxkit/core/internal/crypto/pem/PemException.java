package io.wxkit.core.internal.crypto.pem;

/**
 * A PEM text (merchant API key, WeChat Pay public key or platform certificate) that cannot be read.
 *
 * <p>The message names the PEM type and the problem, never the key material.
 */
public final class PemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PemException(String message) {
        super(message);
    }

    PemException(String message, Throwable cause) {
        super(message, cause);
    }
}
