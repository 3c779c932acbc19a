package io.wxkit.core.crypto;

import io.wxkit.core.internal.text.Utf8;
import io.wxkit.core.internal.crypto.ConstantTime;
import io.wxkit.core.message.EncodedReply;
import io.wxkit.core.internal.message.ReplyEnvelope;
import io.wxkit.core.message.WxCallbackException;
import io.wxkit.core.message.WxCallbackException.Reason;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat message encryption for one Official Account in safe/compatible mode (Tencent's
 * {@code WXBizMsgCrypt}): AES-256-CBC with key = Base64(EncodingAESKey + "="), IV = the first 16 key bytes,
 * plaintext = 16 random bytes + 4-byte big-endian length + message + appId, PKCS#7 padded to 32 bytes, and
 * {@code msg_signature} = SHA-1 over the sorted token, timestamp, nonce and {@code Encrypt}.
 *
 * <pre>{@code
 * MessageCrypt crypt = MessageCrypt.create(token, encodingAesKey, appId);
 * String xml = crypt.decrypt(q.get("msg_signature"), q.get("timestamp"), q.get("nonce"), envelope.encrypt());
 * String body = crypt.encryptReply(replyXml, timestamp, nonce);
 * }</pre>
 *
 * <p>Immutable and thread-safe: key and IV are parsed once here; each thread reuses its own {@code Cipher}
 * and {@code MessageDigest}. Every failure is a {@link WxCallbackException} with a {@link Reason}, never a JDK
 * exception.
 */
public final class MessageCrypt {
    private static final int RANDOM_LENGTH = 16;
    private static final int HEADER_LENGTH = RANDOM_LENGTH + 4;
    private static final int BLOCK = 32;

    private final String token;
    private final byte[] appId;
    private final SecretKeySpec key;
    private final IvParameterSpec iv;
    private final SecureRandom random;

    private MessageCrypt(String token, String encodingAesKey, String appId, SecureRandom random) {
        this.token = requireText(token, "token");
        this.appId = requireText(appId, "appId").getBytes(StandardCharsets.UTF_8);
        byte[] raw = aesKey(encodingAesKey);
        this.key = new SecretKeySpec(raw, "AES");
        this.iv = new IvParameterSpec(raw, 0, 16);
        Arrays.fill(raw, (byte) 0);
        this.random = random;
    }

    /**
     * Creates the crypto for one account with a per-thread {@link SecureRandom} for the 16-byte prefix.
     *
     * @param token the Token configured on the Official Account platform
     * @param encodingAesKey the EncodingAESKey configured on the platform, 43 characters
     * @param appId the account's appId, written into every ciphertext and required in every received one
     * @return the crypto, immutable and thread-safe
     * @throws IllegalArgumentException if {@code encodingAesKey} is not 43 characters of [A-Za-z0-9], or the
     *     token or appId is empty (Tencent -40004 is a configuration error, reported at build time)
     * @throws NullPointerException if an argument is null
     */
    public static MessageCrypt create(String token, String encodingAesKey, String appId) {
        return new MessageCrypt(token, encodingAesKey, appId, null);
    }

    /**
     * Same as {@link #create(String, String, String)} with an injected random source (tests use a fixed one).
     *
     * @param token the Token configured on the Official Account platform
     * @param encodingAesKey the EncodingAESKey configured on the platform, 43 characters
     * @param appId the account's appId
     * @param random the source of each ciphertext's 16-byte random prefix; must be safe for concurrent use if the
     *     crypto is shared
     * @return the crypto
     * @throws IllegalArgumentException as {@link #create(String, String, String)}
     * @throws NullPointerException if an argument is null
     */
    public static MessageCrypt create(String token, String encodingAesKey, String appId, SecureRandom random) {
        return new MessageCrypt(token, encodingAesKey, appId, Objects.requireNonNull(random, "random"));
    }

    /**
     * The appId this crypto encrypts for and accepts.
     *
     * @return the appId given to {@code create}
     */
    public String appId() {
        return new String(appId, StandardCharsets.UTF_8);
    }

    /**
     * Computes {@code msg_signature} for an {@code Encrypt} value.
     *
     * @param timestamp the {@code timestamp} (or the reply's {@code TimeStamp})
     * @param nonce the {@code nonce} (or the reply's {@code Nonce})
     * @param encrypt the Base64 {@code Encrypt} value
     * @return 40 lower-case hex characters
     * @throws NullPointerException if an argument is null
     */
    public String signature(String timestamp, String nonce, String encrypt) {
        return Sha1.ofSorted(token, Objects.requireNonNull(timestamp, "timestamp"),
                Objects.requireNonNull(nonce, "nonce"), Objects.requireNonNull(encrypt, "encrypt")).finishHex();
    }

    /**
     * Checks {@code msg_signature} in constant time; any null argument makes it invalid.
     *
     * @param msgSignature the {@code msg_signature} query parameter; may be null
     * @param timestamp the {@code timestamp} query parameter; may be null
     * @param nonce the {@code nonce} query parameter; may be null
     * @param encrypt the {@code Encrypt} element of the body; may be null
     * @return true only if {@code msgSignature} is exactly {@link #signature}'s lower-case hex result
     */
    public boolean verify(String msgSignature, String timestamp, String nonce, String encrypt) {
        if (msgSignature == null || timestamp == null || nonce == null || encrypt == null) {
            return false;
        }
        byte[] digest = Sha1.ofSorted(token, timestamp, nonce, encrypt).finish();
        return ConstantTime.equalsLowerHex(digest, Sha1.LENGTH, msgSignature);
    }

    /**
     * Verifies {@code msg_signature} first, then decrypts {@code encrypt} and checks the length field and the
     * appId; returns the plaintext message XML.
     *
     * @param msgSignature the {@code msg_signature} query parameter
     * @param timestamp the {@code timestamp} query parameter
     * @param nonce the {@code nonce} query parameter
     * @param encrypt the {@code Encrypt} element of the body
     *     ({@link io.wxkit.core.message.EncryptedEnvelope#encrypt()})
     * @return the decrypted message XML, ready for {@link io.wxkit.core.message.MessageCodec#decode}
     * @throws WxCallbackException with {@link Reason#SIGNATURE_MISMATCH} (checked before any decryption),
     *     {@link Reason#INVALID_REQUEST}, {@link Reason#ILLEGAL_BASE64}, {@link Reason#ILLEGAL_BUFFER},
     *     {@link Reason#BAD_PADDING} or {@link Reason#APPID_MISMATCH}
     */
    public String decrypt(String msgSignature, String timestamp, String nonce, String encrypt) {
        if (msgSignature == null || timestamp == null || nonce == null || encrypt == null || encrypt.isEmpty()) {
            throw new WxCallbackException(Reason.INVALID_REQUEST,
                    "msg_signature, timestamp, nonce and Encrypt are all required in safe mode");
        }
        if (!verify(msgSignature, timestamp, nonce, encrypt)) {
            throw new WxCallbackException(Reason.SIGNATURE_MISMATCH, "msg_signature does not match");
        }
        return decryptVerified(encrypt);
    }

    private String decryptVerified(String encrypt) {
        byte[] buffer = Base64Strict.decode(encrypt);
        if (buffer == null) {
            throw new WxCallbackException(Reason.ILLEGAL_BASE64, "Encrypt is not valid Base64");
        }
        int length = buffer.length;
        if (length < BLOCK || length % 16 != 0) {
            throw new WxCallbackException(Reason.ILLEGAL_BUFFER, "ciphertext length is not a positive multiple of 16");
        }
        try {
            AesCbc.get().decrypt(key, iv, buffer, length);
        } catch (GeneralSecurityException e) {
            throw new WxCallbackException(Reason.ILLEGAL_BUFFER, "AES decryption failed", e);
        }
        int content = length - padding(buffer, length);
        int messageLength = ((buffer[16] & 0xff) << 24) | ((buffer[17] & 0xff) << 16)
                | ((buffer[18] & 0xff) << 8) | (buffer[19] & 0xff);
        if (content < HEADER_LENGTH || messageLength < 0 || messageLength > content - HEADER_LENGTH) {
            throw new WxCallbackException(Reason.ILLEGAL_BUFFER, "length field exceeds the decrypted data");
        }
        if (!appIdMatches(buffer, HEADER_LENGTH + messageLength, content)) {
            throw new WxCallbackException(Reason.APPID_MISMATCH, "message was encrypted for another appId");
        }
        return new String(buffer, HEADER_LENGTH, messageLength, StandardCharsets.UTF_8);
    }

    private boolean appIdMatches(byte[] buffer, int from, int to) {
        if (to - from != appId.length) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < appId.length; i++) {
            diff |= buffer[from + i] ^ appId[i];
        }
        return diff == 0;
    }

    /** Validates strict PKCS#7 (block 32) padding and returns its length. */
    private static int padding(byte[] buffer, int length) {
        int pad = buffer[length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK) {
            throw new WxCallbackException(Reason.BAD_PADDING, "invalid PKCS#7 padding");
        }
        int diff = 0;
        for (int i = length - pad; i < length; i++) {
            diff |= (buffer[i] & 0xff) ^ pad;
        }
        if (diff != 0) {
            throw new WxCallbackException(Reason.BAD_PADDING, "invalid PKCS#7 padding");
        }
        return pad;
    }

    /**
     * Encrypts a reply (or any message) to the {@code Encrypt} value: Base64 of the AES-CBC ciphertext.
     *
     * @param plaintext the message XML
     * @return the Base64 ciphertext; a fresh random prefix each call, so never the same twice
     * @throws NullPointerException if {@code plaintext} is null
     */
    public String encrypt(String plaintext) {
        return Base64.getEncoder().encodeToString(ciphertext(plaintext));
    }

    private byte[] ciphertext(String plaintext) {
        int messageLength = Utf8.length(Objects.requireNonNull(plaintext, "plaintext"));
        byte[] buffer = plaintextBuffer(messageLength);
        return seal(buffer, messageLength, Utf8.encode(plaintext, buffer, HEADER_LENGTH));
    }

    /** The reply written as UTF-8 straight into the buffer it is encrypted in. */
    private byte[] ciphertext(EncodedReply reply) {
        int messageLength = reply.length();
        byte[] buffer = plaintextBuffer(messageLength);
        return seal(buffer, messageLength, reply.writeTo(buffer, HEADER_LENGTH));
    }

    /** Room for the random prefix, the length, the message, the appId and PKCS#7 padding to 32. */
    private byte[] plaintextBuffer(int messageLength) {
        int unpadded = HEADER_LENGTH + messageLength + appId.length;
        return new byte[unpadded + BLOCK - unpadded % BLOCK];
    }

    /** Fills in everything around the message (which ends at {@code end}) and encrypts in place. */
    private byte[] seal(byte[] buffer, int messageLength, int end) {
        byte[] prefix = new byte[RANDOM_LENGTH];
        (random != null ? random : Randoms.get()).nextBytes(prefix);
        System.arraycopy(prefix, 0, buffer, 0, RANDOM_LENGTH);
        buffer[16] = (byte) (messageLength >>> 24);
        buffer[17] = (byte) (messageLength >>> 16);
        buffer[18] = (byte) (messageLength >>> 8);
        buffer[19] = (byte) messageLength;
        System.arraycopy(appId, 0, buffer, end, appId.length);
        int unpadded = end + appId.length;
        Arrays.fill(buffer, unpadded, buffer.length, (byte) (buffer.length - unpadded));
        try {
            AesCbc.get().encrypt(key, iv, buffer, buffer.length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES encryption failed", e);
        }
        return buffer;
    }

    /**
     * Encrypts a passive reply and wraps it in the safe-mode reply envelope ({@code Encrypt},
     * {@code MsgSignature}, {@code TimeStamp}, {@code Nonce}).
     *
     * @param replyXml the plaintext reply, e.g. {@link io.wxkit.core.message.MessageCodec#encode}'s result
     * @param timestamp the reply's {@code TimeStamp}, Unix seconds as decimal digits
     * @param nonce the reply's {@code Nonce}
     * @return the {@code <xml>} envelope, the whole HTTP response body of a safe-mode callback
     * @throws IllegalArgumentException if {@code timestamp} is not decimal digits
     * @throws NullPointerException if an argument is null
     */
    public String encryptReply(String replyXml, String timestamp, String nonce) {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(nonce, "nonce");
        return envelope(ciphertext(replyXml), timestamp, nonce);
    }

    /**
     * {@link #encryptReply(String, String, String)} of a reply the codec renders as UTF-8
     * ({@code codec.encodeUtf8(reply)}): the same envelope, without the reply as a string in between.
     *
     * @param reply the rendered reply, from {@link io.wxkit.core.message.MessageCodec#encodeUtf8}
     * @param timestamp the reply's {@code TimeStamp}, Unix seconds as decimal digits
     * @param nonce the reply's {@code Nonce}
     * @return the {@code <xml>} envelope, the whole HTTP response body of a safe-mode callback
     * @throws IllegalArgumentException if {@code timestamp} is not decimal digits, or a reply text contains
     *     a character XML cannot carry
     * @throws NullPointerException if an argument is null
     */
    public String encryptReply(EncodedReply reply, String timestamp, String nonce) {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(nonce, "nonce");
        return envelope(ciphertext(reply), timestamp, nonce);
    }

    private String envelope(byte[] ciphertext, String timestamp, String nonce) {
        if (!ReplyEnvelopeWriter.plain(nonce)) { // rare: let the general writer escape it
            String encrypt = Base64.getEncoder().encodeToString(ciphertext);
            return new ReplyEnvelope(encrypt, signature(timestamp, nonce, encrypt), timestamp, nonce).toXml();
        }
        return ReplyEnvelopeWriter.write(token, ciphertext, timestamp, nonce);
    }

    private static byte[] aesKey(String encodingAesKey) {
        Objects.requireNonNull(encodingAesKey, "encodingAesKey");
        if (encodingAesKey.length() != 43) {
            throw new IllegalArgumentException("encodingAesKey must be 43 characters [A-Za-z0-9], got "
                    + encodingAesKey.length() + " characters");
        }
        for (int i = 0; i < encodingAesKey.length(); i++) {
            char c = encodingAesKey.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("encodingAesKey must be 43 characters [A-Za-z0-9]");
            }
        }
        byte[] raw = Base64Strict.decode(encodingAesKey + "=");
        if (raw == null || raw.length != 32) {
            throw new IllegalArgumentException("encodingAesKey does not decode to a 32-byte AES key");
        }
        return raw;
    }

    private static String requireText(String value, String name) {
        if (Objects.requireNonNull(value, name).isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value;
    }

    /** Names the account only; the token and key never appear. */
    @Override
    public String toString() {
        return "MessageCrypt[appId=" + appId() + "]";
    }
}
