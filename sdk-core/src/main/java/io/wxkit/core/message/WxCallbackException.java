package io.wxkit.core.message;

import java.util.Objects;

/**
 * A WeChat callback that must not be processed: a bad {@code signature}/{@code msg_signature}, a payload
 * that does not decrypt to this account, or message XML that is malformed or hostile.
 *
 * <pre>{@code
 * try { codec.decode(xml); } catch (WxCallbackException e) { if (e.reason() == Reason.SIGNATURE_MISMATCH) ... }
 * }</pre>
 *
 * <p>Messages never contain the token, the AES key, a signature or the payload. Thrown by the crypto
 * ({@code io.wxkit.core.crypto.MessageCrypt}), the message codec and the callback handler in sdk-mp.
 */
public class WxCallbackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the callback was refused; the Tencent sample error code is given where one exists. */
    public enum Reason {
        /** {@code signature} or {@code msg_signature} does not match (Tencent -40001). */
        SIGNATURE_MISMATCH,
        /** The callback timestamp is outside the accepted window (replay protection). */
        TIMESTAMP_OUT_OF_WINDOW,
        /** A required query parameter or envelope element is missing or empty. */
        INVALID_REQUEST,
        /** {@code Encrypt} is not valid Base64 (Tencent -40010). */
        ILLEGAL_BASE64,
        /** The ciphertext or the decrypted length field has an impossible size (Tencent -40008). */
        ILLEGAL_BUFFER,
        /** The decrypted PKCS#7 padding is invalid (Tencent -40007). */
        BAD_PADDING,
        /** The decrypted message belongs to another appId (Tencent -40005). */
        APPID_MISMATCH,
        /** The XML is not well-formed or not in WeChat's flat message shape (Tencent -40002). */
        MALFORMED_XML,
        /** The XML uses a construct refused outright: DOCTYPE, entity declaration, processing instruction. */
        FORBIDDEN_XML,
        /** The payload exceeds the configured size, depth or field-count limit. */
        PAYLOAD_TOO_LARGE,
        /** A field every message carries (ToUserName, FromUserName, CreateTime, MsgType) is missing. */
        MISSING_FIELD,
        /** A field has a value of the wrong form, e.g. a non-numeric CreateTime. */
        INVALID_FIELD
    }

    /** Why the callback was refused, never null. */
    private final Reason reason;

    /**
     * Creates the exception; {@code message} must not contain secrets or payload data.
     *
     * @param reason why the callback was refused
     * @param message the detail, prefixed with the reason in {@link #getMessage()}
     * @throws NullPointerException if {@code reason} is null
     */
    public WxCallbackException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Creates the exception with a cause; {@code message} must not contain secrets or payload data.
     *
     * @param reason why the callback was refused
     * @param message the detail, prefixed with the reason in {@link #getMessage()}
     * @param cause the underlying failure, e.g. a {@code GeneralSecurityException}; may be null
     * @throws NullPointerException if {@code reason} is null
     */
    public WxCallbackException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Why the callback was refused.
     *
     * @return the reason, never null
     */
    public Reason reason() {
        return reason;
    }
}
