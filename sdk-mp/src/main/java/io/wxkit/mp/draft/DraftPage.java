package io.wxkit.mp.draft;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of the draft box ({@code /cgi-bin/draft/batchget}).
 *
 * @param totalCount drafts in the box
 * @param itemCount drafts on this page
 * @param items this page, never {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DraftPage(
        @JsonProperty("total_count") int totalCount,
        @JsonProperty("item_count") int itemCount,
        @JsonProperty("item") List<DraftItem> items) {
    /**
     * Copies {@code items}; a missing list becomes empty.
     *
     * @param totalCount drafts in the box
     * @param itemCount drafts on this page
     * @param items this page, or null
     */
    public DraftPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
