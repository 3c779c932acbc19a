package io.wxkit.core.message;

import io.wxkit.core.message.WxCallbackException.Reason;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Reads WeChat callback XML into the typed {@link InboundMessage} model and writes {@link Reply} XML, in one
 * pass over the text with no DOM: the hot path of every Official Account callback. Refuses DOCTYPE, entity
 * declarations, processing instructions and oversized input with a {@link WxCallbackException}.
 *
 * <pre>{@code
 * MessageCodec codec = MessageCodec.create(clock);
 * InboundMessage m = codec.decode(xml);
 * String body = codec.encode(Reply.text(m, "Hello"));
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one per account (or share one) and reuse it.
 */
public final class MessageCodec {
    /** Default limit on the XML size: 64 Ki characters (WeChat messages are a few hundred). */
    public static final int DEFAULT_MAX_CHARS = 64 * 1024;

    private final Clock clock;
    private final int maxChars;

    private MessageCodec(Clock clock, int maxChars) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxChars < 64) {
            throw new IllegalArgumentException("maxChars must be at least 64, got " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /**
     * A codec with the system UTC clock and the default size limit.
     *
     * @return a new codec, limit {@link #DEFAULT_MAX_CHARS}
     */
    public static MessageCodec create() {
        return new MessageCodec(Clock.systemUTC(), DEFAULT_MAX_CHARS);
    }

    /**
     * A codec whose replies take {@code CreateTime} from {@code clock}.
     *
     * @param clock the clock replies' {@code CreateTime} is read from
     * @return a new codec, limit {@link #DEFAULT_MAX_CHARS}
     * @throws NullPointerException if {@code clock} is null
     */
    public static MessageCodec create(Clock clock) {
        return new MessageCodec(clock, DEFAULT_MAX_CHARS);
    }

    /**
     * A copy with another size limit in characters.
     *
     * @param maxChars the largest XML accepted, in characters (64 or more)
     * @return a new codec with the same clock; this one is unchanged
     * @throws IllegalArgumentException if {@code maxChars} is below 64
     */
    public MessageCodec withMaxChars(int maxChars) {
        return new MessageCodec(clock, maxChars);
    }

    /**
     * The size limit in characters.
     *
     * @return the largest XML {@link #decode}, {@link #fields} and {@link #decodeEnvelope} accept, in characters
     */
    public int maxChars() {
        return maxChars;
    }

    /**
     * Decodes a plaintext message or event.
     *
     * @param xml the callback body (plaintext mode) or the decrypted message of an encrypted one
     * @return the typed message, or {@link Unknown} for a {@code MsgType}/{@code Event} this SDK does not model
     * @throws WxCallbackException {@link Reason#MALFORMED_XML}, {@link Reason#FORBIDDEN_XML},
     *     {@link Reason#PAYLOAD_TOO_LARGE}, {@link Reason#MISSING_FIELD} or {@link Reason#INVALID_FIELD}
     */
    public InboundMessage decode(String xml) {
        return MessageDecoder.decode(XmlScanner.scan(xml, maxChars));
    }

    /**
     * Scans message XML into its raw leaf fields in document order (nested ones as {@code Parent/Child}), the
     * same list {@link Unknown#fields()} keeps; for tools, logging and types this SDK does not model.
     *
     * @param xml message XML
     * @return the leaf fields, immutable
     * @throws WxCallbackException {@link Reason#MALFORMED_XML}, {@link Reason#FORBIDDEN_XML} or
     *     {@link Reason#PAYLOAD_TOO_LARGE}
     */
    public List<Unknown.Field> fields(String xml) {
        return List.copyOf(XmlScanner.scan(xml, maxChars).toFields());
    }

    /**
     * Extracts {@code Encrypt} and {@code ToUserName} from a safe- or compatible-mode callback body.
     *
     * @param body the raw POST body of an encrypted callback
     * @return the ciphertext and the {@code ToUserName} (null if absent)
     * @throws WxCallbackException as {@link #decode(String)}, or {@link Reason#INVALID_REQUEST} if there is no
     *     non-empty {@code Encrypt}
     */
    public EncryptedEnvelope decodeEnvelope(String body) {
        FieldList fields = XmlScanner.scan(body, maxChars);
        String encrypt = fields.get("Encrypt");
        if (encrypt == null || encrypt.isEmpty()) {
            throw new WxCallbackException(Reason.INVALID_REQUEST, "the callback body has no <Encrypt>");
        }
        return new EncryptedEnvelope(fields.get("ToUserName"), encrypt);
    }

    /**
     * Encodes a passive reply; {@code CreateTime} is now, from the codec's clock.
     *
     * @param reply the reply to write
     * @return the reply XML, the whole HTTP response body of a plaintext-mode callback
     * @throws IllegalArgumentException if a text contains a character XML cannot carry
     * @throws NullPointerException if {@code reply} is null
     */
    public String encode(Reply reply) {
        return ReplyWriter.write(Objects.requireNonNull(reply, "reply"), clock.instant().getEpochSecond());
    }

    /**
     * The reply {@link #encode} writes, as UTF-8 for encryption ({@code CreateTime} is taken now): see
     * {@link EncodedReply}. Nothing is written until its bytes are asked for.
     *
     * @param reply the reply to write
     * @return the deferred UTF-8 rendering
     * @throws NullPointerException if {@code reply} is null
     */
    public EncodedReply encodeUtf8(Reply reply) {
        return new EncodedReply(Objects.requireNonNull(reply, "reply"), clock.instant().getEpochSecond());
    }
}
