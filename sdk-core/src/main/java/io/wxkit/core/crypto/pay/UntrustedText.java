package io.wxkit.core.crypto.pay;

/**
 * Makes a value that came from the network (a header such as {@code Wechatpay-Serial}, a
 * {@code Request-ID}, an error message in a response body) safe to put into an exception message
 * or a log line: at most {@link #MAX_CHARS} characters are kept, and CR, LF, every other control
 * character and the backslash are escaped, so a hostile value can neither forge log lines nor
 * flood them.
 *
 * <pre>{@code
 * throw new PayCryptoException(Reason.UNKNOWN_PLATFORM_SERIAL, "no key with serial " + UntrustedText.quote(serial));
 * // ... no key with serial "PUB_KEY_ID_1\r\nFAKE LOG LINE" -> "PUB_KEY_ID_1\\r\\nFAKE LOG LINE"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class UntrustedText {
    /** The longest prefix of an untrusted value that is kept (WeChat's serials and ids are far shorter). */
    public static final int MAX_CHARS = 64;

    private UntrustedText() {}

    /**
     * {@code value} truncated to {@link #MAX_CHARS} characters and escaped, between double quotes;
     * {@code null} becomes {@code null}.
     */
    public static String quote(String value) {
        return value == null ? "null" : '"' + escape(value, MAX_CHARS) + '"';
    }

    /**
     * {@code value} truncated to {@code maxChars} characters and escaped ({@code \r}, {@code \n},
     * {@code \t}, backslash and double quote by a backslash, other control characters and U+2028/9
     * as {@code \}{@code uXXXX}); a truncated value ends with {@code …(+N chars)}.
     */
    public static String escape(String value, int maxChars) {
        if (value == null) {
            return "null";
        }
        int keep = Math.min(value.length(), Math.max(0, maxChars));
        StringBuilder sb = new StringBuilder(keep + 16);
        for (int i = 0; i < keep; i++) {
            append(sb, value.charAt(i));
        }
        if (value.length() > keep) {
            sb.append("…(+").append(value.length() - keep).append(" chars)");
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, char c) {
        switch (c) {
            case '\r' -> sb.append("\\r");
            case '\n' -> sb.append("\\n");
            case '\t' -> sb.append("\\t");
            case '\\' -> sb.append("\\\\");
            case '"' -> sb.append("\\\"");
            default -> {
                // C0/C1 controls, and the Unicode line and paragraph separators some log viewers break on
                if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
    }
}
