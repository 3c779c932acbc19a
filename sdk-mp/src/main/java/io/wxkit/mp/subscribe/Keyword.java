package io.wxkit.mp.subscribe;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A keyword of a public subscribe template ({@code wxaapi/newtmpl/getpubtemplatekeywords}).
 *
 * @param kid the keyword id, used when adding a template
 * @param name the keyword name, e.g. 物品名称
 * @param example an example value
 * @param rule the value kind, e.g. {@code thing}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Keyword(
        @JsonProperty("kid") int kid,
        @JsonProperty("name") String name,
        @JsonProperty("example") String example,
        @JsonProperty("rule") String rule) {
}
