package io.wxkit.core.crypto;

import java.nio.charset.StandardCharsets;

/**
 * Writes the safe-mode reply envelope byte-for-byte as {@link io.wxkit.core.internal.message.ReplyEnvelope#toXml()}
 * lays it out, into one exact {@code byte[]}: the ciphertext is Base64-encoded straight into its place,
 * {@code MsgSignature} is computed over that slice and written into the gap left for it, and the array
 * becomes the (Latin-1) string. No Base64 copy, no builder.
 */
final class ReplyEnvelopeWriter {
    private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
    private static final byte[] BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OPEN = ascii("<xml>\n<Encrypt><![CDATA[");
    private static final byte[] AFTER_ENCRYPT = ascii("]]></Encrypt>\n<MsgSignature><![CDATA[");
    private static final byte[] AFTER_SIGNATURE = ascii("]]></MsgSignature>\n<TimeStamp>");
    private static final byte[] AFTER_TIMESTAMP = ascii("</TimeStamp>\n<Nonce><![CDATA[");
    private static final byte[] CLOSE = ascii("]]></Nonce>\n</xml>");
    private static final int MARKUP = OPEN.length + AFTER_ENCRYPT.length + AFTER_SIGNATURE.length
            + AFTER_TIMESTAMP.length + CLOSE.length;

    private ReplyEnvelopeWriter() {
    }

    /** Whether {@code nonce} can go into CDATA as is (printable ASCII without {@code ]}). */
    static boolean plain(String nonce) {
        for (int i = 0; i < nonce.length(); i++) {
            char c = nonce.charAt(i);
            if (c < 0x20 || c > 0x7e || c == ']') {
                return false;
            }
        }
        return true;
    }

    /**
     * The envelope of {@code ciphertext} signed with {@code token}; {@code nonce} must be {@link #plain}.
     *
     * @throws IllegalArgumentException if {@code timestamp} is not decimal seconds
     */
    static String write(String token, byte[] ciphertext, String timestamp, String nonce) {
        if (timestamp.isEmpty() || timestamp.length() > 19) {
            throw new IllegalArgumentException("timestamp must be decimal seconds");
        }
        for (int i = 0; i < timestamp.length(); i++) {
            if (timestamp.charAt(i) < '0' || timestamp.charAt(i) > '9') {
                throw new IllegalArgumentException("timestamp must be decimal seconds");
            }
        }
        int base64Length = (ciphertext.length + 2) / 3 * 4;
        byte[] out = new byte[MARKUP + base64Length + 2 * Sha1.LENGTH + timestamp.length() + nonce.length()];
        int p = put(OPEN, out, 0);
        int encryptAt = p;
        p = base64(ciphertext, out, p);
        p = put(AFTER_ENCRYPT, out, p);
        int signatureAt = p;
        p += 2 * Sha1.LENGTH;
        p = put(AFTER_SIGNATURE, out, p);
        p = put(timestamp, out, p);
        p = put(AFTER_TIMESTAMP, out, p);
        p = put(nonce, out, p);
        put(CLOSE, out, p);
        byte[] digest = Sha1.ofSorted(token, timestamp, nonce, new AsciiView(out, encryptAt, base64Length)).finish();
        for (int i = 0; i < Sha1.LENGTH; i++) {
            out[signatureAt + 2 * i] = HEX[(digest[i] >> 4) & 0x0f];
            out[signatureAt + 2 * i + 1] = HEX[digest[i] & 0x0f];
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    /** Standard Base64 with padding, as {@code Base64.getEncoder()} writes it. */
    private static int base64(byte[] in, byte[] out, int p) {
        int full = in.length - in.length % 3;
        for (int i = 0; i < full; i += 3) {
            int bits = (in[i] & 0xff) << 16 | (in[i + 1] & 0xff) << 8 | (in[i + 2] & 0xff);
            out[p++] = BASE64[bits >>> 18];
            out[p++] = BASE64[(bits >>> 12) & 0x3f];
            out[p++] = BASE64[(bits >>> 6) & 0x3f];
            out[p++] = BASE64[bits & 0x3f];
        }
        int rest = in.length - full;
        if (rest > 0) {
            int bits = (in[full] & 0xff) << 16 | (rest == 2 ? (in[full + 1] & 0xff) << 8 : 0);
            out[p++] = BASE64[bits >>> 18];
            out[p++] = BASE64[(bits >>> 12) & 0x3f];
            out[p++] = rest == 2 ? BASE64[(bits >>> 6) & 0x3f] : (byte) '=';
            out[p++] = '=';
        }
        return p;
    }

    private static int put(byte[] markup, byte[] out, int p) {
        System.arraycopy(markup, 0, out, p, markup.length);
        return p + markup.length;
    }

    /** Printable ASCII only (a checked nonce, decimal digits). */
    private static int put(String ascii, byte[] out, int p) {
        for (int i = 0; i < ascii.length(); i++) {
            out[p++] = (byte) ascii.charAt(i);
        }
        return p;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
