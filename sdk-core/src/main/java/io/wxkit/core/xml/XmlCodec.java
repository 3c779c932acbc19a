package io.wxkit.core.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one hardened Jackson {@code XmlMapper} configuration for WeChat's XML APIs outside the callback hot path
 * (Pay v2 red packets and similar): DTDs refused, no external entities, no entity expansion, bounded size and
 * depth, no XInclude (StAX never processes it). Unknown elements are ignored; strings are written as CDATA
 * under an {@code <xml>} root and null fields are omitted (WeChat Pay v2 skips empty parameters).
 *
 * <pre>{@code
 * XmlCodec xml = XmlCodec.create();
 * RedPackResult r = xml.read(body, RedPackResult.class);
 * String request = xml.write(redPackRequest);
 * }</pre>
 *
 * <p>Immutable and thread-safe; create one per entry object and reuse it. Its mapper stays private.
 */
public final class XmlCodec {
    /** Default limit: 1 MiB per document (WeChat XML responses are a few KB). */
    public static final int DEFAULT_MAX_BYTES = 1024 * 1024;
    /** Maximum element nesting accepted. */
    public static final int MAX_DEPTH = 32;

    private final XmlMapper mapper;
    private final XMLInputFactory inputFactory;
    private final int maxBytes;

    private XmlCodec(int maxBytes) {
        if (maxBytes < 1024) {
            throw new IllegalArgumentException("maxBytes must be at least 1024, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.inputFactory = HardenedStax.inputFactory(maxBytes, MAX_DEPTH);
        XmlFactory factory = XmlFactory.builder()
                .xmlInputFactory(inputFactory)
                .xmlOutputFactory(XMLOutputFactory.newFactory())
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH).maxStringLength(maxBytes).maxDocumentLength(maxBytes).build())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        this.mapper = XmlMapper.builder(factory)
                .defaultUseWrapper(false)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .addModule(CdataStrings.module())
                .build();
    }

    /**
     * A codec with the default 1 MiB limit.
     *
     * @return a new codec, thread-safe
     */
    public static XmlCodec create() {
        return new XmlCodec(DEFAULT_MAX_BYTES);
    }

    /**
     * A codec with another size limit.
     *
     * @param maxBytes the largest document accepted, in bytes for {@code byte[]} and characters for strings; 1024 or
     *     more
     * @return a new codec, thread-safe
     * @throws IllegalArgumentException if {@code maxBytes} is below 1024
     */
    public static XmlCodec create(int maxBytes) {
        return new XmlCodec(maxBytes);
    }

    /**
     * The size limit in bytes (for strings: characters).
     *
     * @return the limit given to {@link #create(int)}, or 1 MiB
     */
    public int maxBytes() {
        return maxBytes;
    }

    /**
     * Reads an XML document into {@code type}.
     *
     * @param <T> the target type
     * @param xml the document
     * @param type the class to bind to; unknown elements are ignored
     * @return the bound value
     * @throws WxXmlException if the document is refused, malformed, too large or does not bind
     * @throws NullPointerException if an argument is null
     */
    public <T> T read(String xml, Class<T> type) {
        Objects.requireNonNull(type, "type");
        if (Objects.requireNonNull(xml, "xml").length() > maxBytes) {
            throw new WxXmlException("XML of " + xml.length() + " characters exceeds the limit of " + maxBytes);
        }
        try {
            return bind(inputFactory.createXMLStreamReader(new StringReader(xml)), type);
        } catch (XMLStreamException e) {
            throw refused(e);
        }
    }

    /**
     * Reads a UTF-8 (or declared-encoding) XML document into {@code type}; invalid byte sequences are refused.
     *
     * @param <T> the target type
     * @param xml the document's bytes
     * @param type the class to bind to; unknown elements are ignored
     * @return the bound value
     * @throws WxXmlException if the document is refused, malformed, too large or does not bind
     * @throws NullPointerException if an argument is null
     */
    public <T> T read(byte[] xml, Class<T> type) {
        Objects.requireNonNull(type, "type");
        if (Objects.requireNonNull(xml, "xml").length > maxBytes) {
            throw new WxXmlException("XML of " + xml.length + " bytes exceeds the limit of " + maxBytes);
        }
        try {
            return bind(inputFactory.createXMLStreamReader(new ByteArrayInputStream(xml)), type);
        } catch (XMLStreamException e) {
            throw refused(e);
        }
    }

    private <T> T bind(XMLStreamReader raw, Class<T> type) {
        RefusingReader reader = new RefusingReader(raw);
        try {
            RefusingReader.check(reader.getEventType());
            T value = mapper.readValue(reader, type);
            while (reader.hasNext()) { // the rest must be well-formed too: nothing half-parsed is returned
                reader.next();
            }
            return value;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw refused(e);
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // closing an in-memory reader cannot lose data; the read already succeeded or failed
            }
        }
    }

    /**
     * Writes {@code value} as {@code <xml>...</xml>} with every string in CDATA.
     *
     * @param value a record or other Jackson-serialisable value
     * @return the XML text, null fields omitted
     * @throws WxXmlException if the value cannot be serialised
     * @throws NullPointerException if {@code value} is null
     */
    public String write(Object value) {
        try {
            return mapper.writer().withRootName("xml").writeValueAsString(Objects.requireNonNull(value, "value"));
        } catch (IOException | RuntimeException e) {
            if (e instanceof NullPointerException npe) {
                throw npe;
            }
            throw new WxXmlException("cannot write " + value.getClass().getSimpleName() + " as XML", e);
        }
    }

    /** The hardened StAX factory behind this codec (the message scanner's fuzz suite compares against it). */
    XMLInputFactory inputFactory() {
        return inputFactory;
    }

    private static WxXmlException refused(Exception e) {
        if (e instanceof WxXmlException x) {
            return x;
        }
        return new WxXmlException("XML refused: " + HardenedStax.describe(e), e);
    }
}
