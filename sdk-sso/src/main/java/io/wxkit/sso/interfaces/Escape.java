package io.wxkit.sso.interfaces;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The escapers of the three places a template inserts untrusted values into. */
final class Escape {
    private Escape() {
    }

    /** Inside a JSON string literal: quotes, backslashes and every control character escaped. */
    static String json(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<' || c == '>') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** A query-string value: percent-encoded UTF-8. */
    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * A value shown in a WeChat text bubble. WeChat turns {@code <a href="...">} in a text into a link, so an
     * inserted value must never carry markup: angle brackets become their full-width forms (readable, inert,
     * no entity decoding to trust), control characters other than a newline are dropped.
     */
    static String wechatText(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '<') {
                sb.append('\uff1c');
            } else if (c == '>') {
                sb.append('\uff1e');
            } else if (c == '\n' || (c >= 0x20 && c != 0x7f && c != '\u2028' && c != '\u2029')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
