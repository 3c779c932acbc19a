package io.wxkit.core.message;

import io.wxkit.core.message.WxCallbackException.Reason;

/**
 * One forward pass over WeChat's flat message XML ({@code <xml><Name>value</Name>...</xml>}) producing a
 * {@link FieldList}: no DOM, no StAX factory, no reflection. Handles CDATA, plain text, the five predefined
 * entities and numeric character references, nested elements and an XML declaration at offset 0. Refuses
 * DOCTYPE and every other {@code <!...>} declaration, comments, processing instructions, other entity
 * references, attributes, mixed content, a root other than {@code <xml>}, and inputs beyond the size,
 * depth or field-count limits. Not thread-safe: one instance per scan.
 */
final class XmlScanner {
    static final int MAX_DEPTH = 16;
    static final int MAX_FIELDS = 512;
    private static final String[] KNOWN_NAMES = {"ToUserName", "FromUserName", "CreateTime", "MsgType", "Content",
        "MsgId", "MsgID", "Event", "EventKey", "Ticket", "PicUrl", "MediaId", "Format", "Recognition", "ThumbMediaId",
        "Location_X", "Location_Y", "Scale", "Label", "Title", "Description", "Url", "Latitude", "Longitude",
        "Precision", "MenuId", "MenuID", "Status", "Encrypt", "MsgDataId", "Idx", "KfAccount", "FromKfAccount",
        "ToKfAccount", "ScanCodeInfo", "SendPicsInfo", "SendLocationInfo", "TotalCount", "FilterCount",
        "SentCount", "ErrorCount"};
    /** {@link #KNOWN_NAMES} by length, in the same order: a name is compared only with names as long as it. */
    private static final String[][] KNOWN_BY_LENGTH = byLength(KNOWN_NAMES);

    private final String s;
    private final int n;
    private final FieldList out = new FieldList();
    private StringBuilder buffer; // created only when a value needs decoding (entities, CR, several pieces)
    private int pos;
    private int nextId = 1;
    // text of the innermost open element: a single raw segment, or the buffer once pieces are combined
    private int segmentStart;
    private int segmentEnd;
    private boolean buffered;

    private XmlScanner(String xml) {
        this.s = xml;
        this.n = xml.length();
    }

    /**
     * Scans {@code xml} into its leaf fields.
     *
     * @throws WxCallbackException {@link Reason#PAYLOAD_TOO_LARGE}, {@link Reason#FORBIDDEN_XML} or
     *     {@link Reason#MALFORMED_XML}
     */
    static FieldList scan(String xml, int maxChars) {
        if (xml == null) {
            throw new WxCallbackException(Reason.MALFORMED_XML, "no XML body");
        }
        if (xml.length() > maxChars) {
            throw new WxCallbackException(Reason.PAYLOAD_TOO_LARGE,
                    "XML of " + xml.length() + " characters exceeds the limit of " + maxChars);
        }
        XmlScanner scanner = new XmlScanner(xml);
        scanner.document();
        return scanner.out;
    }

    private void document() {
        if (s.startsWith("<?xml", 0) && n > 5 && isSpace(s.charAt(5))) {
            XmlDeclaration.skip(this);
        }
        skipSpace();
        if (pos >= n || s.charAt(pos) != '<') {
            throw malformed("expected the <xml> root element");
        }
        refuseDeclarations();
        pos++;
        int nameStart = pos;
        int nameEnd = name();
        if (nameEnd - nameStart != 3 || !s.startsWith("xml", nameStart)) {
            throw malformed("the root element must be <xml>");
        }
        element(nameStart, nameEnd, null, 0, 0);
        skipSpace();
        if (pos < n) {
            refuseDeclarations();
            throw malformed("content after the root element");
        }
    }

    /** Parses the rest of an element whose start-tag name was just read. */
    private void element(int nameStart, int nameEnd, String path, int depth, int parentId) {
        int id = nextId++;
        if (!startTagOpensContent()) {
            addLeaf(path, "", parentId);
            return;
        }
        boolean container = false;
        resetText();
        while (true) {
            if (pos >= n) {
                throw malformed("unclosed element");
            }
            char c = s.charAt(pos);
            if (c == '&') {
                reference(container);
            } else if (c != '<') {
                text(container);
            } else if (next(pos) == '!' && s.startsWith("<![CDATA[", pos)) {
                cdata(container);
            } else if (next(pos) == '/') {
                endTag(nameStart, nameEnd);
                if (!container) {
                    addLeaf(path, textValue(), parentId);
                }
                return;
            } else {
                child(container, path, depth, id);
                container = true;
            }
        }
    }

    /** Finishes a start tag: true for {@code >} (content follows), false for an empty element {@code />}. */
    private boolean startTagOpensContent() {
        skipSpace();
        if (pos < n && s.charAt(pos) == '/' && next(pos) == '>') {
            pos += 2;
            return false;
        }
        if (pos >= n || s.charAt(pos) != '>') {
            throw malformed(pos < n && isNameStart(s.charAt(pos))
                    ? "attributes are not used in WeChat message XML" : "unterminated start tag");
        }
        pos++;
        return true;
    }

    /** Parses a child element; the text seen so far in its parent must be whitespace. */
    private void child(boolean container, String path, int depth, int id) {
        refuseDeclarations();
        if (!container && !textIsSpace()) {
            throw malformed("mixed text and elements");
        }
        if (depth + 1 >= MAX_DEPTH) {
            throw new WxCallbackException(Reason.PAYLOAD_TOO_LARGE, "elements nested deeper than " + MAX_DEPTH);
        }
        pos++;
        int childStart = pos;
        int childEnd = name();
        String name = intern(childStart, childEnd);
        element(childStart, childEnd, path == null ? name : path + '/' + name, depth + 1, id);
    }

    private void endTag(int nameStart, int nameEnd) {
        pos += 2;
        int length = nameEnd - nameStart;
        int after = pos + length;
        // the usual case, checked without reading the name char by char: the start tag's name follows and
        // is not the prefix of a longer name; anything else is read as a name and refused as before
        if (sameChars(pos, nameStart, length) && (after >= n || !isNameChar(s.charAt(after)))) {
            pos = after;
        } else {
            int start = pos;
            int end = name();
            if (end - start != length || !s.regionMatches(start, s, nameStart, length)) {
                throw malformed("end tag does not match its start tag");
            }
        }
        skipSpace();
        if (pos >= n || s.charAt(pos) != '>') {
            throw malformed("unterminated end tag");
        }
        pos++;
    }

    private void addLeaf(String path, String value, int parentId) {
        if (path == null) {
            if (!value.isEmpty() && !isAllSpace(value)) {
                throw malformed("text directly inside <xml>");
            }
            return;
        }
        if (out.size() >= MAX_FIELDS) {
            throw new WxCallbackException(Reason.PAYLOAD_TOO_LARGE, "more than " + MAX_FIELDS + " fields");
        }
        out.add(path, value, parentId);
    }

    private void refuseDeclarations() {
        char second = next(pos);
        if (second != '!' && second != '?') {
            return; // the usual case, decided on one char (startsWith of a UTF-16 string costs a loop)
        }
        if (s.startsWith("<!--", pos)) {
            throw forbidden("comments are refused in WeChat message XML");
        }
        if (s.startsWith("<!", pos)) {
            throw forbidden("DOCTYPE, ENTITY and other markup declarations are refused");
        }
        if (s.startsWith("<?", pos)) {
            throw forbidden("processing instructions are refused");
        }
    }

    // ---- text ----

    private void resetText() {
        segmentStart = -1;
        segmentEnd = -1;
        buffered = false;
        if (buffer != null) {
            buffer.setLength(0);
        }
    }

    private void text(boolean container) {
        int start = pos;
        boolean carriageReturn = false;
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == '<' || c == '&') {
                break;
            }
            if (c == ']' && s.startsWith("]]>", pos)) {
                throw malformed("']]>' is not allowed in text");
            }
            pos = checkChar(pos);
            carriageReturn |= c == '\r';
        }
        piece(start, pos, carriageReturn, container);
    }

    private void cdata(boolean container) {
        int start = pos + 9;
        int end = s.indexOf("]]>", start);
        if (end < 0) {
            throw malformed("unterminated CDATA section");
        }
        boolean carriageReturn = false;
        for (int i = start; i < end; ) {
            carriageReturn |= s.charAt(i) == '\r';
            i = checkChar(i);
        }
        pos = end + 3;
        piece(start, end, carriageReturn, container);
    }

    private void piece(int start, int end, boolean carriageReturn, boolean container) {
        if (container) {
            for (int i = start; i < end; i++) {
                if (!isSpace(s.charAt(i))) {
                    throw malformed("mixed text and elements");
                }
            }
            return;
        }
        if (start == end) {
            return;
        }
        if (!buffered && !carriageReturn && segmentStart < 0) {
            segmentStart = start;
            segmentEnd = end;
            return;
        }
        toBuffer();
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '\r') { // XML end-of-line handling: CRLF and lone CR become LF
                buffer.append('\n');
                if (i + 1 < end && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                buffer.append(c);
            }
        }
    }

    private void toBuffer() {
        if (!buffered) {
            buffered = true;
            if (buffer == null) {
                buffer = new StringBuilder(64);
            }
            if (segmentStart >= 0) {
                buffer.append(s, segmentStart, segmentEnd);
            }
        }
    }

    private void reference(boolean container) {
        int cp = CharReference.decode(s, pos + 1, this);
        pos = s.indexOf(';', pos) + 1;
        if (container) {
            if (cp > 0xFFFF || !isSpace((char) cp)) {
                throw malformed("mixed text and elements");
            }
            return;
        }
        toBuffer();
        buffer.appendCodePoint(cp);
    }

    private String textValue() {
        if (buffered) {
            return buffer.toString();
        }
        return segmentStart < 0 ? "" : s.substring(segmentStart, segmentEnd);
    }

    private boolean textIsSpace() {
        if (buffered) {
            return isAllSpace(buffer);
        }
        for (int i = segmentStart; i >= 0 && i < segmentEnd; i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // ---- lexical helpers ----

    /** Validates the XML character (or surrogate pair) at {@code i}; returns the index after it. */
    private int checkChar(int i) {
        char c = s.charAt(i);
        if (c >= 0x20 && c <= 0xD7FF || c == '\n' || c == '\t' || c == '\r' || c >= 0xE000 && c <= 0xFFFD) {
            return i + 1;
        }
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
            return i + 2;
        }
        throw malformed("character U+" + Integer.toHexString(c) + " is not allowed in XML");
    }

    /** Reads an element name at {@code pos}; returns its end. */
    private int name() {
        if (pos >= n || !isNameStart(s.charAt(pos))) {
            throw malformed("expected an element name");
        }
        pos++;
        while (pos < n && isNameChar(s.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private String intern(int start, int end) {
        int length = end - start;
        if (length < KNOWN_BY_LENGTH.length) {
            char first = s.charAt(start);
            for (String known : KNOWN_BY_LENGTH[length]) {
                if (known.charAt(0) == first && s.startsWith(known, start)) {
                    return known;
                }
            }
        }
        return s.substring(start, end);
    }

    private static String[][] byLength(String[] names) {
        int longest = 0;
        for (String name : names) {
            longest = Math.max(longest, name.length());
        }
        String[][] table = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int len = length;
            table[length] = java.util.Arrays.stream(names).filter(name -> name.length() == len).toArray(String[]::new);
        }
        return table;
    }

    /** The char after {@code at}, or 0 at the end of the input. */
    private char next(int at) {
        return at + 1 < n ? s.charAt(at + 1) : 0;
    }

    /** Whether the {@code length} chars at {@code a} and at {@code b} are the same (both ranges in bounds). */
    private boolean sameChars(int a, int b, int length) {
        if (a + length > n) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(a + i) != s.charAt(b + i)) {
                return false;
            }
        }
        return true;
    }

    void skipSpace() {
        while (pos < n && isSpace(s.charAt(pos))) {
            pos++;
        }
    }

    String source() {
        return s;
    }

    int position() {
        return pos;
    }

    void position(int newPosition) {
        pos = newPosition;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    static boolean isAllSpace(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** XML 1.0 (5th edition) NameStartChar, without ':' (WeChat uses no namespaces). */
    static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
                || c >= 0xC0 && c <= 0xD6 || c >= 0xD8 && c <= 0xF6 || c >= 0xF8 && c <= 0x2FF
                || c >= 0x370 && c <= 0x37D || c >= 0x37F && c <= 0x1FFF || c == 0x200C || c == 0x200D
                || c >= 0x2070 && c <= 0x218F || c >= 0x2C00 && c <= 0x2FEF || c >= 0x3001 && c <= 0xD7FF
                || c >= 0xF900 && c <= 0xFDCF || c >= 0xFDF0 && c <= 0xFFFD;
    }

    static boolean isNameChar(char c) {
        return isNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.' || c == 0xB7
                || c >= 0x300 && c <= 0x36F || c == 0x203F || c == 0x2040;
    }

    WxCallbackException malformed(String message) {
        return new WxCallbackException(Reason.MALFORMED_XML, message + " (at offset " + pos + ")");
    }

    WxCallbackException forbidden(String message) {
        return new WxCallbackException(Reason.FORBIDDEN_XML, message + " (at offset " + pos + ")");
    }
}
