package io.wxkit.pay.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The private Jackson 2 mapper of one {@code WxPay}: unknown fields ignored (WeChat adds fields),
 * nulls omitted, {@link Instant} as RFC 3339 in Beijing time ({@code +08:00}) as WeChat Pay writes it.
 * Never exposed as a bean (DESIGN §3).
 */
public final class PayJson {
    /** WeChat Pay's time zone for RFC 3339 timestamps. */
    public static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private final ObjectMapper mapper;

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
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /** RFC 3339 with the {@code +08:00} offset, e.g. {@code 2018-06-08T10:34:56+08:00}. */
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
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed " + type.getSimpleName() + " JSON", e);
        }
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
