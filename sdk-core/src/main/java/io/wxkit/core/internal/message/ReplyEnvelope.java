package io.wxkit.core.internal.message;

import java.util.Objects;

/**
 * The safe-mode reply body: {@code Encrypt}, {@code MsgSignature}, {@code TimeStamp} and {@code Nonce}.
 * Usually produced by {@code MessageCrypt.encryptReply}.
 *
 * <pre>{@code
 * String body = new ReplyEnvelope(encrypt, msgSignature, "1409304348", "xxxxxx").toXml();
 * }</pre>
 *
 * @param encrypt the Base64 ciphertext
 * @param msgSignature the {@code msg_signature} over token, timestamp, nonce and encrypt
 * @param timestamp seconds, decimal digits only
 * @param nonce the nonce that was signed
 */
public record ReplyEnvelope(String encrypt, String msgSignature, String timestamp, String nonce) {
    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if {@code timestamp} is not 1 to 19 decimal digits
     */
    public ReplyEnvelope {
        Objects.requireNonNull(encrypt, "encrypt");
        Objects.requireNonNull(msgSignature, "msgSignature");
        Objects.requireNonNull(nonce, "nonce");
        if (Objects.requireNonNull(timestamp, "timestamp").isEmpty() || timestamp.length() > 19) {
            throw new IllegalArgumentException("timestamp must be decimal seconds");
        }
        for (int i = 0; i < timestamp.length(); i++) {
            if (timestamp.charAt(i) < '0' || timestamp.charAt(i) > '9') {
                throw new IllegalArgumentException("timestamp must be decimal seconds");
            }
        }
    }

    /** The envelope XML, laid out as Tencent's WXBizMsgCrypt samples do. */
    public String toXml() {
        ReplyOut.Chars chars = new ReplyOut.Chars(encrypt.length() + msgSignature.length() + nonce.length() + 160);
        ReplyOut b = chars;
        b.append("<xml>\n<Encrypt>");
        XmlText.cdata(b, encrypt);
        b.append("</Encrypt>\n<MsgSignature>");
        XmlText.cdata(b, msgSignature);
        b.append("</MsgSignature>\n<TimeStamp>").append(timestamp).append("</TimeStamp>\n<Nonce>");
        XmlText.cdata(b, nonce);
        b.append("</Nonce>\n</xml>");
        return chars.string();
    }

    /** Shows the timestamp only; the ciphertext and signature stay out of logs. */
    @Override
    public String toString() {
        return "ReplyEnvelope[timestamp=" + timestamp + "]";
    }
}
