package io.wxkit.mp.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.wxkit.mp.internal.IsoDateDeserializer;
import java.time.LocalDate;

/**
 * One row of {@code getarticlesummary}: a mass-sent article's reads, shares and favourites on
 * one day ({@code int_page} = the article page, {@code ori_page} = the "read original" page).
 *
 * @param refDate the day
 * @param msgid {@code msg_data_id + "_" + index} of the article
 * @param title article title
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
public record ArticleSummary(
        @JsonProperty("ref_date") @JsonDeserialize(using = IsoDateDeserializer.class) LocalDate refDate,
        @JsonProperty("msgid") String msgid,
        @JsonProperty("title") String title,
        @JsonProperty("int_page_read_user") long intPageReadUser,
        @JsonProperty("int_page_read_count") long intPageReadCount,
        @JsonProperty("ori_page_read_user") long oriPageReadUser,
        @JsonProperty("ori_page_read_count") long oriPageReadCount,
        @JsonProperty("share_user") long shareUser,
        @JsonProperty("share_count") long shareCount,
        @JsonProperty("add_to_fav_user") long addToFavUser,
        @JsonProperty("add_to_fav_count") long addToFavCount) {
}
