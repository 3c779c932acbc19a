package io.wxkit.mp.material;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of permanent materials of one type ({@code /cgi-bin/material/batchget_material}).
 *
 * @param totalCount materials of the type
 * @param itemCount materials on this page
 * @param items this page, never {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MaterialPage(
        @JsonProperty("total_count") int totalCount,
        @JsonProperty("item_count") int itemCount,
        @JsonProperty("item") List<MaterialItem> items) {
    /**
     * Copies {@code items}; a missing list becomes empty.
     *
     * @param totalCount materials of the type
     * @param itemCount materials on this page
     * @param items this page, or null
     */
    public MaterialPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
