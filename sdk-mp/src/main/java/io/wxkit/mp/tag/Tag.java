package io.wxkit.mp.tag;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user tag of the Official Account ({@code cgi-bin/tags/*}). Ids 0, 1 and 2 are WeChat's own
 * (blacklist, starred, ...); an account has at most 100 tags.
 *
 * @param id the tag id
 * @param name the tag name, at most 30 characters
 * @param count how many followers carry it (0 where WeChat does not say)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Tag(@JsonProperty("id") long id, @JsonProperty("name") String name, @JsonProperty("count") long count) {
}
