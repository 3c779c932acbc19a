package io.wxkit.core.crypto;

/**
 * Writes the safe-mode reply envelope in one sized {@code StringBuilder}, byte-for-byte the layout of
 * {@link io.wxkit.core.message.ReplyEnvelope#toXml()}, without intermediate strings.
 */
final class ReplyEnvelopeWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

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

    static String write(CharSequence encrypt, byte[] digest, String timestamp, String nonce) {
        if (timestamp.isEmpty() || timestamp.length() > 19) {
            throw new IllegalArgumentException("timestamp must be decimal seconds");
        }
        for (int i = 0; i < timestamp.length(); i++) {
            if (timestamp.charAt(i) < '0' || timestamp.charAt(i) > '9') {
                throw new IllegalArgumentException("timestamp must be decimal seconds");
            }
        }
        // fixed markup is 138 chars plus the 40-char signature: size exactly so the builder never grows
        StringBuilder b = new StringBuilder(encrypt.length() + nonce.length() + timestamp.length() + 2 * Sha1.LENGTH + 138);
        b.append("<xml>\n<Encrypt><![CDATA[").append(encrypt).append("]]></Encrypt>\n<MsgSignature><![CDATA[");
        for (int i = 0; i < Sha1.LENGTH; i++) {
            b.append(HEX[(digest[i] >> 4) & 0x0f]).append(HEX[digest[i] & 0x0f]);
        }
        b.append("]]></MsgSignature>\n<TimeStamp>").append(timestamp).append("</TimeStamp>\n<Nonce><![CDATA[")
                .append(nonce).append("]]></Nonce>\n</xml>");
        return b.toString();
    }
}
