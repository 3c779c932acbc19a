package io.wxkit.mp.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads WeChat's {@code yyyy-MM-dd} dates ({@code "ref_date":"2014-12-07"}) into a
 * {@link LocalDate} without requiring the JSR-310 Jackson module. Internal: no compatibility promise.
 */
public final class IsoDateDeserializer extends StdDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    public IsoDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = p.getValueAsString();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a yyyy-MM-dd date");
        }
    }
}
