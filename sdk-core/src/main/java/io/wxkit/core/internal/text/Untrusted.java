package io.wxkit.core.internal.text;

/**
 * Renders a value that came from outside (a query parameter, a header, an XML field) for a log line or an
 * exception message: quoted, truncated, and with every character that could forge a log line or hide
 * text escaped.
 *
 * <pre>{@code
 * throw new IllegalArgumentException("unknown serial " + Untrusted.quote(serial, 64));
 * }</pre>
 *
 * <p>Escaped as in Java source: {@code \"}, {@code \\}, {@code \r}, {@code \n}, {@code \t}, and as
 * {@code \}{@code uXXXX} every other ISO control character (C0, DEL, C1), the line and paragraph
 * separators U+2028/U+2029, the bidirectional controls U+202A–U+202E and U+2066–U+2069, and lone
 * surrogates. The output is pure printable text on one line.
 */
public final class Untrusted {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Untrusted() {
    }

    /**
     * {@code value} in double quotes, escaped, cut after {@code maxChars} characters of the input with a
     * note of how many were left off ({@code "abc"...(+12 chars)}); {@code null} renders as {@code null}.
     *
     * @throws IllegalArgumentException if {@code maxChars} is negative
     */
    public static String quote(String value, int maxChars) {
        return value == null ? "null" : render(value, maxChars, true);
    }

    /**
     * As {@link #quote}, without the surrounding quotes: for a value that is shown as it is (an error code
     * a server sent, say) once it is safe to print.
     *
     * @throws IllegalArgumentException if {@code maxChars} is negative
     */
    public static String escape(String value, int maxChars) {
        return value == null ? "null" : render(value, maxChars, false);
    }

    private static String render(String value, int maxChars, boolean quoted) {
        if (maxChars < 0) {
            throw new IllegalArgumentException("maxChars must not be negative: " + maxChars);
        }
        int end = Math.min(value.length(), maxChars);
        if (end > 0 && end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))
                && Character.isLowSurrogate(value.charAt(end))) {
            end--; // never cut a pair in half: the half would be escaped as a lone surrogate
        }
        StringBuilder b = new StringBuilder(end + 16);
        if (quoted) {
            b.append('"');
        }
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(value.charAt(i + 1))) {
                b.append(c).append(value.charAt(++i));
            } else {
                escape(b, c);
            }
        }
        if (quoted) {
            b.append('"');
        }
        if (end < value.length()) {
            b.append("...(+").append(value.length() - end).append(" chars)");
        }
        return b.toString();
    }

    private static void escape(StringBuilder b, char c) {
        switch (c) {
            case '"' -> b.append("\\\"");
            case '\\' -> b.append("\\\\");
            case '\r' -> b.append("\\r");
            case '\n' -> b.append("\\n");
            case '\t' -> b.append("\\t");
            default -> {
                if (needsEscape(c)) {
                    b.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
                            .append(HEX[c & 0xf]);
                } else {
                    b.append(c);
                }
            }
        }
    }

    private static boolean needsEscape(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || Character.isSurrogate(c);
    }
}
