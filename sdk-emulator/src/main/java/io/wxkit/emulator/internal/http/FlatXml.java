package io.wxkit.emulator.internal.http;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** WeChat Pay v2's flat {@code <xml><k>v</k>...</xml>} in and out; DTDs and entities are refused. */
public final class FlatXml {
    private FlatXml() {
    }

    /**
     * Parses a flat document into an ordered map.
     *
     * @throws MalformedBodyException for anything else (nesting, DOCTYPE, bad XML, another root)
     */
    public static Map<String, String> parse(String xml) {
        if (xml.length() > 1 << 20 || xml.contains("<!DOCTYPE") || xml.contains("<!ENTITY")) {
            throw new MalformedBodyException("XML with a DOCTYPE or over 1 MB");
        }
        Map<String, String> out = new LinkedHashMap<>();
        try {
            XMLStreamReader r = SafeStax.inputFactory().createXMLStreamReader(new StringReader(xml));
            r.nextTag();
            if (!r.getLocalName().equals("xml")) {
                throw new MalformedBodyException("root element must be <xml>");
            }
            while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                out.put(r.getLocalName(), r.getElementText().strip());
            }
            return out;
        } catch (XMLStreamException | IllegalStateException e) {
            throw new MalformedBodyException("not flat WeChat XML");
        }
    }

    /** Writes a flat document, text as CDATA. */
    public static String write(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder(256).append("<xml>\n");
        fields.forEach((k, v) -> sb.append('<').append(k).append("><![CDATA[")
                .append(v.replace("]]>", "]]]]><![CDATA[>")).append("]]></").append(k).append(">\n"));
        return sb.append("</xml>").toString();
    }
}
