package io.wxkit.mp.template;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One keyword value of a template message ({@code data.<key>}): its text and optional color.
 * WeChat no longer renders colors for most templates; they are still sent when given.
 *
 * @param value the text shown for the keyword
 * @param color a {@code #RRGGBB} color, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TemplateData(@JsonProperty("value") String value, @JsonProperty("color") String color) {

    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    /**
     * Validates the value and the color format.
     *
     * @param value the text shown for the keyword
     * @param color a {@code #RRGGBB} color, or null
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code color} is not {@code #RRGGBB}
     */
    public TemplateData {
        Objects.requireNonNull(value, "value");
        if (color != null && !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("color must be #RRGGBB, got " + color);
        }
    }
}
