package io.wxkit.core.xml;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The reference side of the scanner fuzz: walks a document with the hardened mapper's own Woodstox factory
 * and applies the message scanner's documented policy (root {@code <xml>}, no DOCTYPE/PI/comment/entity
 * declaration, no attributes or namespaces, no mixed content, no U+FFFE/U+FFFF, depth and field limits).
 * Returns the leaf
 * fields as {@code path=value}, or null when the document is refused.
 */
final class ReferenceWalker {
    private static final int MAX_DEPTH = 16;
    private static final int MAX_FIELDS = 512;

    private ReferenceWalker() {
    }

    private static final class Frame {
        final String path;
        final StringBuilder text = new StringBuilder();
        boolean container;

        Frame(String path) {
            this.path = path;
        }
    }

    static List<String> walk(XMLInputFactory factory, String xml, int maxChars) {
        if (xml.length() > maxChars) {
            return null;
        }
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new StringReader(xml));
            if (r.getVersion() != null && !"1.0".equals(r.getVersion())) {
                return null;
            }
            List<String> out = new ArrayList<>();
            Deque<Frame> stack = new ArrayDeque<>();
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (!start(r, stack)) {
                            return null;
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        Frame top = stack.peek();
                        String text = r.getText();
                        if (text.indexOf('\uFFFE') >= 0 || text.indexOf('\uFFFF') >= 0) {
                            return null; // XML 1.0 excludes these non-characters; Woodstox lets them through CDATA
                        }
                        if (top != null) {
                            if (top.container && !isSpace(text)) {
                                return null;
                            }
                            if (!top.container) {
                                top.text.append(text);
                            }
                        } else if (!isSpace(text)) {
                            return null;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        Frame f = stack.pop();
                        if (!f.container) {
                            if (f.path == null) {
                                if (!isSpace(f.text)) {
                                    return null;
                                }
                            } else {
                                if (out.size() >= MAX_FIELDS) {
                                    return null;
                                }
                                out.add(f.path + "=" + f.text);
                            }
                        }
                    }
                    case XMLStreamConstants.END_DOCUMENT -> {
                    }
                    default -> {
                        return null; // DTD, PI, comment, entity reference or declaration
                    }
                }
            }
            return out;
        } catch (Exception e) {
            return null;
        }
    }

    private static boolean start(XMLStreamReader r, Deque<Frame> stack) {
        if (r.getAttributeCount() > 0 || r.getNamespaceCount() > 0
                || r.getPrefix() != null && !r.getPrefix().isEmpty()) {
            return false;
        }
        String name = r.getLocalName();
        Frame parent = stack.peek();
        if (parent == null) {
            if (!"xml".equals(name)) {
                return false;
            }
            stack.push(new Frame(null));
            return true;
        }
        if (!parent.container) {
            if (!isSpace(parent.text)) {
                return false;
            }
            parent.container = true;
        }
        if (stack.size() >= MAX_DEPTH) {
            return false;
        }
        stack.push(new Frame(parent.path == null ? name : parent.path + "/" + name));
        return true;
    }

    private static boolean isSpace(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
