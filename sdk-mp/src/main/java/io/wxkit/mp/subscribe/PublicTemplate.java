package io.wxkit.mp.subscribe;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A public subscribe template title under the account's categories
 * ({@code wxaapi/newtmpl/getpubtemplatetitles}).
 *
 * @param tid the template title id
 * @param title the title, e.g. 付款成功通知
 * @param type 2 for one-time, 3 for long-term
 * @param categoryId the category it belongs to
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicTemplate(
        @JsonProperty("tid") long tid,
        @JsonProperty("title") String title,
        @JsonProperty("type") int type,
        @JsonProperty("categoryId") String categoryId) {
}
