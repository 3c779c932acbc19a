package io.wxkit.sso.internal;

/** Untrusted values in messages and audit rows: truncated, control characters escaped (no CR/LF injection). */
public final class Text {
    private Text() {
    }

    /** {@code value} cut to {@code max} characters, with CR, LF, tabs and other controls as {@code \\uXXXX}. */
    public static String safe(String value, int max) {
        if (value == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(Math.min(value.length(), max) + 8);
        for (int i = 0; i < value.length() && sb.length() < max; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (value.length() > max) {
            sb.append("...");
        }
        return sb.toString();
    }

    /** Whether {@code value} is non-null, 1..{@code max} characters and free of control characters. */
    public static boolean isPlain(String value, int max) {
        if (value == null || value.isEmpty() || value.length() > max) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
