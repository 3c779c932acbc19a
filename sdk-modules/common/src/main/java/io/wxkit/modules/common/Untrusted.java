package io.wxkit.modules.common;


/**
 * Makes untrusted values (openids, titles, IPs from requests) safe to put into exception messages and logs:
 * at most 64 characters, control characters (CR, LF, tab, ...) escaped so a value can never forge a log
 * line.
 *
 * <pre>{@code
 * throw new ModuleException(CommonError.INVALID_INPUT, "bad openid " + Untrusted.clip(openid));
 * }</pre>
 */
public final class Untrusted {
    static final int MAX = 64;

    private Untrusted() {
    }

    /**
     * {@code value} quoted, truncated to 64 characters (marked with "..."), control characters and the line and
     * paragraph separators escaped as a backslash, {@code u} and four hex digits.
     *
     * @param value the untrusted text, or {@code null}
     * @return the safe text, e.g. {@code "oAnn"} in double quotes, or {@code null} (unquoted) for {@code null}
     */
    public static String clip(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX) + 8).append('"');
        int end = Math.min(value.length(), MAX);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (value.length() > MAX) {
            out.append("...");
        }
        return out.append('"').toString();
    }
}
