package io.wxkit.emulator.internal.callback;

import io.wxkit.emulator.internal.http.SafeStax;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the XML an app answers with: a flat {@code <xml>} of elements, one level of nesting for
 * {@code <Image>}/{@code <Voice>}/{@code <Video>}/{@code <Music>}/{@code <TransInfo>} and
 * {@code <Articles><item>} lists. DTDs and external entities are refused. The emulator's own reader: it
 * deliberately shares no parsing code with the SDK whose replies it checks.
 */
final class ReplyXml {
    private static final int MAX_CHARS = 1 << 20;

    private ReplyXml() {
    }

    /** Thrown when the body is not acceptable XML. */
    static final class NotXml extends RuntimeException {
        NotXml(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Parses into a map: text elements to strings, containers to maps, {@code Articles} to a list of maps.
     *
     * @throws NotXml when the body is not well-formed, has a DOCTYPE, or is not rooted at {@code <xml>}
     */
    static Map<String, Object> parse(String body) {
        if (body.length() > MAX_CHARS) {
            throw new NotXml("reply larger than 1 MB");
        }
        if (body.contains("<!DOCTYPE") || body.contains("<!ENTITY")) {
            throw new NotXml("reply contains a DOCTYPE or entity declaration");
        }
        try {
            XMLStreamReader r = SafeStax.inputFactory().createXMLStreamReader(new StringReader(body));
            r.nextTag();
            if (!r.getLocalName().equals("xml")) {
                throw new NotXml("root element is <" + r.getLocalName() + ">, not <xml>");
            }
            Map<String, Object> out = element(r, 0);
            while (r.hasNext()) {
                r.next();
            }
            return out;
        } catch (XMLStreamException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new NotXml("reply is not well-formed XML");
        }
    }

    /** Reads the children of the current start element until its end. */
    private static Map<String, Object> element(XMLStreamReader r, int depth) throws XMLStreamException {
        if (depth > 4) {
            throw new NotXml("reply nests too deeply");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = r.getLocalName();
            if (name.equals("Articles")) {
                List<Object> items = new ArrayList<>();
                while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    items.add(element(r, depth + 2));
                }
                out.put(name, items);
            } else {
                out.put(name, value(r, depth));
            }
        }
        return out;
    }

    /** Text content, or a nested map when the element has children. */
    private static Object value(XMLStreamReader r, int depth) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) {
                text.append(r.getText());
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                Map<String, Object> nested = new LinkedHashMap<>();
                String name = r.getLocalName();
                nested.put(name, value(r, depth + 1));
                nested.putAll(element(r, depth + 1));
                return nested;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return text.toString().strip();
            } else if (ev == XMLStreamConstants.COMMENT) {
                continue;
            } else {
                throw new NotXml("unexpected XML content");
            }
        }
    }
}
