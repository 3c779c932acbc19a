package io.wxkit.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The JSON codec for WeChat's JSON APIs: one configured Jackson 2 mapper that ignores fields WeChat
 * adds later, omits {@code null} fields from requests and binds Java records.
 *
 * <pre>{@code
 * Json json = Json.create();
 * JsonNode node = json.readTree("{\"errcode\":0,\"errmsg\":\"ok\"}");
 * }</pre>
 *
 * <p>The mapper stays private to wxkit: it is never handed out, so an application's own
 * {@code ObjectMapper} (Jackson 2 or 3) is neither used nor changed. Parse errors never quote the
 * input (a response may hold a token). Immutable and thread-safe; create one per entry object.
 */
public final class Json {
    private final ObjectMapper mapper;

    private Json(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * A codec with wxkit's settings: unknown fields ignored, nulls omitted, records supported.
     *
     * @return a new codec
     */
    public static Json create() {
        ObjectMapper mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build();
        return new Json(mapper);
    }

    /**
     * Serializes {@code value} to a JSON string.
     *
     * @param value a record, map, {@code JsonNode} or other Jackson-serialisable value; null gives {@code "null"}
     * @return the JSON text, without null fields
     * @throws UncheckedIOException if the value cannot be serialized
     */
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw failure("serialize", value == null ? "null" : value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Serializes {@code value} to UTF-8 JSON bytes.
     *
     * @param value a record, map, {@code JsonNode} or other Jackson-serialisable value; null gives {@code null} as
     *     bytes
     * @return the JSON as UTF-8, without null fields
     * @throws UncheckedIOException if the value cannot be serialized
     */
    public byte[] writeBytes(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw failure("serialize", value == null ? "null" : value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads {@code json} as a {@code type}.
     *
     * @param <T> the target type
     * @param json the JSON text
     * @param type the class to bind to; unknown fields are ignored
     * @return the value; null for the JSON text {@code null}
     * @throws UncheckedIOException if {@code json} is not valid JSON for {@code type}
     * @throws NullPointerException if {@code json} is null
     */
    public <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw failure("read", type.getSimpleName(), e);
        }
    }

    /**
     * Reads UTF-8 {@code json} bytes as a {@code type}.
     *
     * @param <T> the target type
     * @param json the JSON as UTF-8
     * @param type the class to bind to; unknown fields are ignored
     * @return the value; null for the JSON text {@code null}
     * @throws UncheckedIOException if {@code json} is not valid JSON for {@code type}
     * @throws NullPointerException if {@code json} is null
     */
    public <T> T read(byte[] json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw failure("read", type.getSimpleName(), e);
        }
    }

    /**
     * Reads {@code json} as a tree.
     *
     * @param json the JSON text
     * @return the tree
     * @throws UncheckedIOException if {@code json} is not valid JSON
     * @throws NullPointerException if {@code json} is null
     */
    public JsonNode readTree(String json) {
        return read(json, JsonNode.class);
    }

    /**
     * Reads UTF-8 {@code json} bytes as a tree.
     *
     * @param json the JSON as UTF-8
     * @return the tree
     * @throws UncheckedIOException if {@code json} is not valid JSON
     * @throws NullPointerException if {@code json} is null
     */
    public JsonNode readTree(byte[] json) {
        return read(json, JsonNode.class);
    }

    /**
     * Converts an already parsed tree into a {@code type} (for example one field of a response).
     *
     * @param <T> the target type
     * @param tree the tree, e.g. {@code answer.get("button")}
     * @param type the class to bind to; unknown fields are ignored
     * @return the value; null if {@code tree} is null
     * @throws IllegalArgumentException if the tree does not fit {@code type}
     */
    public <T> T convert(JsonNode tree, Class<T> type) {
        return mapper.convertValue(tree, type);
    }

    /**
     * A new, empty JSON object for building untyped request bodies.
     *
     * @return a new mutable object node
     */
    public ObjectNode object() {
        return mapper.createObjectNode();
    }

    private static UncheckedIOException failure(String what, String type, IOException e) {
        // Jackson's message may quote a token of the input, and an input may hold a credential: keep
        // only the position, and drop the cause so that no stack trace prints the text either.
        String where = "";
        if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
            where = " (line " + jpe.getLocation().getLineNr() + ", column " + jpe.getLocation().getColumnNr() + ")";
        }
        return new UncheckedIOException(new IOException(
                "cannot " + what + " JSON as " + type + where + ": " + e.getClass().getSimpleName()));
    }
}
