package io.wxkit.mp.subscribe;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A category of the account, used to browse public subscribe templates
 * ({@code wxaapi/newtmpl/getcategory}).
 *
 * @param id the category id
 * @param name the category name, e.g. 公交
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Category(@JsonProperty("id") long id, @JsonProperty("name") String name) {
}
