package io.wxkit.core.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Wraps the parser handed to Jackson and fails on the first DOCTYPE, entity reference or entity declaration,
 * so nothing after one is ever bound (no half-parsed objects).
 */
final class RefusingReader extends StreamReaderDelegate {
    RefusingReader(XMLStreamReader reader) {
        super(reader);
    }

    @Override
    public int next() throws XMLStreamException {
        return check(super.next());
    }

    @Override
    public int nextTag() throws XMLStreamException {
        return check(super.nextTag());
    }

    static int check(int event) throws XMLStreamException {
        switch (event) {
            case XMLStreamConstants.DTD:
                throw new XMLStreamException("DOCTYPE declarations are refused");
            case XMLStreamConstants.ENTITY_REFERENCE:
            case XMLStreamConstants.ENTITY_DECLARATION:
            case XMLStreamConstants.NOTATION_DECLARATION:
                throw new XMLStreamException("entity references and declarations are refused");
            default:
                return event;
        }
    }
}
