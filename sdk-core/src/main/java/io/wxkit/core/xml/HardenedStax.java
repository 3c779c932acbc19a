package io.wxkit.core.xml;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * Builds the Woodstox {@link XMLInputFactory} every wxkit XML read goes through: no DTD, no external
 * entities, no entity replacement, a resolver that refuses everything, and Woodstox's own limits.
 */
final class HardenedStax {
    private HardenedStax() {
    }

    static XMLInputFactory inputFactory(int maxBytes, int maxDepth) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are refused");
        });
        woodstox(f, "com.ctc.wstx.maxElementDepth", maxDepth);
        woodstox(f, "com.ctc.wstx.maxCharacters", (long) maxBytes);
        woodstox(f, "com.ctc.wstx.maxTextLength", maxBytes);
        woodstox(f, "com.ctc.wstx.maxAttributeSize", 4096);
        woodstox(f, "com.ctc.wstx.maxAttributesPerElement", 64);
        woodstox(f, "com.ctc.wstx.maxChildrenPerElement", 10_000);
        woodstox(f, "com.ctc.wstx.maxElementCount", 100_000L);
        woodstox(f, "com.ctc.wstx.maxEntityCount", 1L);
        woodstox(f, "com.ctc.wstx.maxEntityDepth", 1);
        return f;
    }

    private static void woodstox(XMLInputFactory f, String property, Object value) {
        if (!f.isPropertySupported(property)) {
            throw new IllegalStateException("wxkit's hardened XML needs Woodstox (com.fasterxml.woodstox:woodstox-core,"
                    + " a dependency of jackson-dataformat-xml); found " + f.getClass().getName());
        }
        f.setProperty(property, value);
    }

    /** A short description of a parse failure without payload text. */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("DOCTYPE") || m.contains("entit") || m.contains("refused"))) {
                return "DOCTYPE, entities and external resources are not allowed";
            }
            if (t instanceof java.io.CharConversionException || m != null && m.contains("UTF-8")) {
                return "invalid byte sequence for the document encoding";
            }
            if (m != null && (m.contains("depth") || m.contains("Maximum") || m.contains("exceeds"))) {
                return "document exceeds a size or nesting limit";
            }
        }
        return "malformed XML or a value that does not fit the target type (" + e.getClass().getSimpleName() + ")";
    }
}
