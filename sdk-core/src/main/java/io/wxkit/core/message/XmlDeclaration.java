package io.wxkit.core.message;

/**
 * Skips an XML declaration at offset 0: {@code <?xml version="1.0" [encoding="..."] [standalone="yes|no"]?>},
 * in that order, as XML 1.0 requires. Version 1.1 is refused (WeChat sends 1.0 or none).
 */
final class XmlDeclaration {
    private XmlDeclaration() {
    }

    static void skip(XmlScanner scanner) {
        String s = scanner.source();
        scanner.position(5);
        requireSpace(scanner);
        String version = pseudoAttribute(scanner, "version");
        if (!"1.0".equals(version)) {
            throw scanner.malformed("only XML version 1.0 is accepted");
        }
        boolean spaced = skipSpaceFound(scanner);
        if (spaced && s.startsWith("encoding", scanner.position())) {
            String encoding = pseudoAttribute(scanner, "encoding");
            if (!validEncodingName(encoding)) {
                throw scanner.malformed("malformed encoding name in the XML declaration");
            }
            spaced = skipSpaceFound(scanner);
        }
        if (spaced && s.startsWith("standalone", scanner.position())) {
            String standalone = pseudoAttribute(scanner, "standalone");
            if (!"yes".equals(standalone) && !"no".equals(standalone)) {
                throw scanner.malformed("standalone must be yes or no");
            }
            skipSpaceFound(scanner);
        }
        if (!s.startsWith("?>", scanner.position())) {
            throw scanner.malformed("malformed XML declaration");
        }
        scanner.position(scanner.position() + 2);
    }

    private static String pseudoAttribute(XmlScanner scanner, String name) {
        String s = scanner.source();
        if (!s.startsWith(name, scanner.position())) {
            throw scanner.malformed("expected '" + name + "' in the XML declaration");
        }
        scanner.position(scanner.position() + name.length());
        scanner.skipSpace();
        if (!s.startsWith("=", scanner.position())) {
            throw scanner.malformed("expected '=' in the XML declaration");
        }
        scanner.position(scanner.position() + 1);
        scanner.skipSpace();
        int p = scanner.position();
        char quote = p < s.length() ? s.charAt(p) : 0;
        int end = quote == '"' || quote == '\'' ? s.indexOf(quote, p + 1) : -1;
        if (end < 0) {
            throw scanner.malformed("unquoted value in the XML declaration");
        }
        scanner.position(end + 1);
        return s.substring(p + 1, end);
    }

    private static void requireSpace(XmlScanner scanner) {
        if (!skipSpaceFound(scanner)) {
            throw scanner.malformed("expected whitespace in the XML declaration");
        }
    }

    private static boolean skipSpaceFound(XmlScanner scanner) {
        int before = scanner.position();
        scanner.skipSpace();
        return scanner.position() > before;
    }

    private static boolean validEncodingName(String name) {
        if (name.isEmpty() || !(name.charAt(0) >= 'A' && name.charAt(0) <= 'Z' || name.charAt(0) >= 'a' && name.charAt(0) <= 'z')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
