package io.wxkit.emulator.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The emulator's JSON codec: one private Jackson mapper, trees in and out. Thread-safe. */
public final class Json {
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);

    /** A new empty JSON object. */
    public ObjectNode object() {
        return mapper.createObjectNode();
    }

    /** A new empty JSON array. */
    public ArrayNode array() {
        return mapper.createArrayNode();
    }

    /**
     * Parses a JSON document.
     *
     * @throws MalformedBodyException when the bytes are not one JSON value
     */
    public JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw new MalformedBodyException("empty body");
        }
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new MalformedBodyException("body is not JSON");
        }
    }

    /** Serialises a tree or a plain value to UTF-8 bytes. */
    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serialises to a string. */
    public String writeString(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON object as a map without null-valued members (top level); an empty map for anything else. */
    public java.util.Map<String, Object> toMap(JsonNode node) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> {
                if (!e.getValue().isNull()) {
                    out.put(e.getKey(), mapper.convertValue(e.getValue(), Object.class));
                }
            });
        }
        return out;
    }

    /** Converts a plain value (map, list, record) into a tree. */
    public JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }
}
