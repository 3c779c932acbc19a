package io.wxkit.emulator.internal.http;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The emulator's one StAX input factory: no DTD, no external entities, and a resolver that refuses everything
 * (entity references stay replaced, so an undeclared one is an error, as before). Built once because {@link XMLInputFactory#newFactory()} runs a service-loader lookup
 * over the whole classpath (a lock per jar) on every call, which under load made each parsed reply wait; a
 * configured factory is safe to share between threads (its readers are not, and each parse makes its own).
 */
public final class SafeStax {
    private static final XMLInputFactory FACTORY = build();

    private SafeStax() {
    }

    /** The shared, hardened factory; callers must not change its properties. */
    public static XMLInputFactory inputFactory() {
        return FACTORY;
    }

    private static XMLInputFactory build() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are refused");
        });
        return f;
    }
}
