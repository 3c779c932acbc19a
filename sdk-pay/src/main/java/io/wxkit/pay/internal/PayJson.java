package io.wxkit.pay.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The private Jackson 2 mapper of one {@code WxPay}: unknown fields ignored (WeChat adds fields),
 * nulls omitted, {@link Instant} as RFC 3339 in Beijing time ({@code +08:00}) as WeChat Pay writes it.
 * Never exposed as a bean (DESIGN §3).
 */
public final class PayJson {
    /** WeChat Pay's time zone for RFC 3339 timestamps. */
    public static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private final ObjectMapper mapper;
    // one reader per bound type: ObjectMapper.readValue(.., Class) resolves the type and looks up its root
    // deserializer on every call (≈ 5 % of a payment notification's samples); a reader holds both
    private final ConcurrentHashMap<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    public PayJson() {
        SimpleModule time = new SimpleModule("wxkit-pay-time");
        time.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(rfc3339(value));
            }
        });
        time.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                if (text == null || text.isEmpty()) {
                    return null;
                }
                Instant fast = beijingStyle(text);
                if (fast != null) {
                    return fast;
                }
                try {
                    return OffsetDateTime.parse(text).toInstant();
                } catch (DateTimeParseException e) {
                    return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not RFC 3339");
                }
            }
        });
        this.mapper = new ObjectMapper()
                .registerModule(time)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                // what the deprecated setSerializationInclusion(NON_NULL) did: null properties left out, map contents as they are
                .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.USE_DEFAULTS));
    }

    /** RFC 3339 with the {@code +08:00} offset, e.g. {@code 2018-06-08T10:34:56+08:00}. */
    /**
     * WeChat Pay's own form {@code yyyy-MM-ddTHH:mm:ss+hh:mm} (every time it sends), read without
     * {@code DateTimeFormatter}: its parse costs ≈ 1 µs and 1.5 KB per value, and a payment
     * notification carries two. Anything else, or any field out of range, returns {@code null} and
     * goes to {@link OffsetDateTime#parse}, which then decides exactly as before.
     */
    static Instant beijingStyle(String t) {
        if (t.length() != 25 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':' || t.charAt(19) != '+' || t.charAt(22) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        int offsetHours = digits(t, 20, 22);
        int offsetMinutes = digits(t, 23, 25);
        if ((year | month | day | hour | minute | second | offsetHours | offsetMinutes) < 0 || month < 1 || month > 12
                || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth() || hour > 23 || minute > 59
                || second > 59 || offsetHours > 18 || offsetMinutes > 59 || (offsetHours == 18 && offsetMinutes > 0)) {
            return null;
        }
        long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second
                - offsetHours * 3_600L - offsetMinutes * 60L);
    }

    /** The decimal value of {@code t[from, to)}, or -1 if a character is not an ASCII digit. */
    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    public static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(BEIJING).withNano(0));
    }

    /** Serialises a request body. */
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** Parses a JSON body into {@code type}; malformed JSON is an {@link IllegalArgumentException}. */
    public <T> T read(String json, Class<T> type) {
        try {
            return reader(type).readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed " + type.getSimpleName() + " JSON", e);
        }
    }

    /** {@link #read(String, Class)} from UTF-8 bytes (a decrypted resource): no string is decoded first. */
    public <T> T read(byte[] utf8Json, Class<T> type) {
        try {
            return reader(type).readValue(utf8Json);
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed " + type.getSimpleName() + " JSON", e);
        }
    }

    private ObjectReader reader(Class<?> type) {
        ObjectReader r = readers.get(type);
        return r != null ? r : readers.computeIfAbsent(type, mapper::readerFor);
    }

    /** Parses a JSON tree. */
    public JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON", e);
        }
    }

    /** Converts a tree into {@code type}. */
    /**
     * The text of top-level member {@code preferred} if present and not null, else of {@code fallback}
     * (null when neither is there, or the document is not an object), exactly as
     * {@code tree(json)} then {@code hasNonNull(preferred) ? get(preferred) : get(fallback)} and
     * {@code asText()} would answer, and failing the same way on malformed JSON, but read as a stream:
     * no tree is built for a document that is bound to a record right after.
     *
     * @throws IllegalArgumentException if {@code json} is not well-formed JSON
     */
    public String topLevelText(String json, String preferred, String fallback) {
        try (JsonParser p = mapper.getFactory().createParser(json)) {
            return topLevelText(p, preferred, fallback);
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed JSON", e);
        }
    }

    /** {@link #topLevelText(String, String, String)} over UTF-8 bytes. */
    public String topLevelText(byte[] utf8Json, String preferred, String fallback) {
        try (JsonParser p = mapper.getFactory().createParser(utf8Json)) {
            return topLevelText(p, preferred, fallback);
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed JSON", e);
        }
    }

    private static String topLevelText(JsonParser p, String preferred, String fallback) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            return null;
        }
        String preferredText = null;
        String fallbackText = null;
        if (first == JsonToken.START_OBJECT) {
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                boolean wanted = name.equals(preferred) || name.equals(fallback);
                // only the wanted members become strings: the others are skipped (still checked for syntax)
                String text = !wanted || value == JsonToken.VALUE_NULL ? null : value.isScalarValue() ? p.getText() : "";
                if (value.isStructStart()) {
                    p.skipChildren();
                }
                if (name.equals(preferred)) {
                    preferredText = text; // the last duplicate wins, as in a tree
                } else if (wanted) {
                    fallbackText = text;
                }
            }
        } else if (first.isStructStart()) {
            p.skipChildren();
        }
        // what follows the first value is ignored, as readTree ignores trailing tokens
        return preferredText != null ? preferredText : fallbackText;
    }

    public <T> T convert(JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed " + type.getSimpleName() + " JSON", e);
        }
    }

    /** A new empty object node for request bodies. */
    public com.fasterxml.jackson.databind.node.ObjectNode object() {
        return mapper.createObjectNode();
    }
}
