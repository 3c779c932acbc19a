package io.wxkit.core.message;

/** Decodes the predefined entities and numeric character references of XML text; refuses every other entity. */
final class CharReference {
    private CharReference() {
    }

    /**
     * Decodes the reference whose name starts at {@code start} (just after {@code &}); returns the code point.
     * The reference must end with {@code ;}.
     */
    static int decode(String s, int start, XmlScanner scanner) {
        int semicolon = s.indexOf(';', start);
        if (semicolon < 0 || semicolon == start) {
            throw scanner.malformed("unterminated entity reference");
        }
        if (s.charAt(start) == '#') {
            return numeric(s, start + 1, semicolon, scanner);
        }
        switch (s.substring(start, semicolon)) {
            case "lt": return '<';
            case "gt": return '>';
            case "amp": return '&';
            case "quot": return '"';
            case "apos": return '\'';
            default:
                for (int i = start; i < semicolon; i++) {
                    if (i == start ? !XmlScanner.isNameStart(s.charAt(i)) : !XmlScanner.isNameChar(s.charAt(i))) {
                        throw scanner.malformed("malformed entity reference");
                    }
                }
                throw scanner.forbidden("entity references other than the five predefined ones are refused");
        }
    }

    private static int numeric(String s, int start, int end, XmlScanner scanner) {
        boolean hex = start < end && s.charAt(start) == 'x';
        int i = hex ? start + 1 : start;
        if (i == end) {
            throw scanner.malformed("empty character reference");
        }
        long value = 0;
        for (; i < end; i++) {
            int digit = Character.digit(s.charAt(i), hex ? 16 : 10);
            if (digit < 0 || s.charAt(i) > 'f') {
                throw scanner.malformed("malformed character reference");
            }
            value = Math.min(value * (hex ? 16 : 10) + digit, 0x110000L);
        }
        int cp = (int) value;
        boolean valid = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
        if (!valid) {
            throw scanner.malformed("character reference to a character not allowed in XML");
        }
        return cp;
    }
}
