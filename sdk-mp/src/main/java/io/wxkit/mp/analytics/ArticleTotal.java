package io.wxkit.mp.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.wxkit.mp.internal.IsoDateDeserializer;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of {@code getarticletotal}: an article mass-sent on {@code refDate} with cumulative
 * figures per statistics day (up to 7 days after sending).
 *
 * @param refDate the day the article was sent
 * @param msgid {@code msg_data_id + "_" + index}
 * @param title article title
 * @param details cumulative figures, one per statistics day, never {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleTotal(
        @JsonProperty("ref_date") @JsonDeserialize(using = IsoDateDeserializer.class) LocalDate refDate,
        @JsonProperty("msgid") String msgid,
        @JsonProperty("title") String title,
        @JsonProperty("details") List<Detail> details) {

    /**
     * Copies {@code details}; a missing list becomes empty.
     *
     * @param refDate the day the article was sent
     * @param msgid {@code msg_data_id + "_" + index}
     * @param title article title
     * @param details cumulative figures, or null
     */
    public ArticleTotal {
        details = details == null ? List.of() : List.copyOf(details);
    }

    /**
     * Cumulative figures of one article as of {@code statDate}.
     *
     * @param statDate the statistics day
     * @param targetUser users the article was delivered to
     * @param intPageReadUser readers of the article page
     * @param intPageReadCount reads of the article page
     * @param oriPageReadUser readers of the original page
     * @param oriPageReadCount reads of the original page
     * @param shareUser users who shared
     * @param shareCount shares
     * @param addToFavUser users who added it to favourites
     * @param addToFavCount additions to favourites
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Detail(
            @JsonProperty("stat_date") @JsonDeserialize(using = IsoDateDeserializer.class) LocalDate statDate,
            @JsonProperty("target_user") long targetUser,
            @JsonProperty("int_page_read_user") long intPageReadUser,
            @JsonProperty("int_page_read_count") long intPageReadCount,
            @JsonProperty("ori_page_read_user") long oriPageReadUser,
            @JsonProperty("ori_page_read_count") long oriPageReadCount,
            @JsonProperty("share_user") long shareUser,
            @JsonProperty("share_count") long shareCount,
            @JsonProperty("add_to_fav_user") long addToFavUser,
            @JsonProperty("add_to_fav_count") long addToFavCount) {
    }
}
