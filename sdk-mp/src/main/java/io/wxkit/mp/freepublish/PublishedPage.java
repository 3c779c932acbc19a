package io.wxkit.mp.freepublish;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of published messages ({@code /cgi-bin/freepublish/batchget}).
 *
 * @param totalCount published messages in total
 * @param itemCount messages on this page
 * @param items this page, never {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublishedPage(
        @JsonProperty("total_count") int totalCount,
        @JsonProperty("item_count") int itemCount,
        @JsonProperty("item") List<PublishedItem> items) {
    /**
     * Copies {@code items}; a missing list becomes empty.
     *
     * @param totalCount published messages in total
     * @param itemCount messages on this page
     * @param items this page, or null
     */
    public PublishedPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
