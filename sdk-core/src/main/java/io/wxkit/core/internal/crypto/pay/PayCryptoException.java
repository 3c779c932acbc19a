package io.wxkit.core.internal.crypto.pay;

/**
 * A WeChat Pay signature, timestamp or ciphertext check that failed, with a machine-readable
 * {@link Reason}.
 *
 * <p>The message says what failed, never the key, the signature or the plaintext.
 */
public final class PayCryptoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a check failed. */
    public enum Reason {
        /** A required header ({@code Wechatpay-Timestamp}, {@code -Nonce}, {@code -Signature}, {@code -Serial}) is missing. */
        MISSING_HEADER,
        /** The signature does not verify (includes WeChat Pay's {@code WECHATPAY/SIGNTEST/} probes). */
        SIGNATURE_INVALID,
        /** {@code Wechatpay-Serial} names a key or certificate this merchant does not hold. */
        UNKNOWN_PLATFORM_SERIAL,
        /** {@code Wechatpay-Timestamp} is outside the allowed window (or not a number). */
        TIMESTAMP_EXPIRED,
        /** AEAD decryption failed: wrong key, associated data, nonce, or a tampered ciphertext or tag. */
        AEAD_TAG_MISMATCH,
        /** Input that is not what WeChat Pay sends (bad Base64, wrong key size, unsupported algorithm). */
        MALFORMED
    }

    private final Reason reason;

    public PayCryptoException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    public PayCryptoException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
    }

    /** Why the check failed. */
    public Reason reason() {
        return reason;
    }
}
