package io.wxkit.mp.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads WeChat's Unix timestamps in seconds ({@code "created_at":1611047541}, also sent as a
 * numeric string by some endpoints) into an {@link Instant}. Internal: no compatibility promise.
 */
public final class EpochSecondsDeserializer extends StdDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    public EpochSecondsDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken().isNumeric()) {
            return Instant.ofEpochSecond(p.getLongValue());
        }
        String text = p.getValueAsString();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not a Unix timestamp in seconds");
        }
    }
}
