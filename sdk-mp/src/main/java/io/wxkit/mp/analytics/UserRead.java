package io.wxkit.mp.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.wxkit.mp.internal.IsoDateDeserializer;
import java.time.LocalDate;

/**
 * One row of {@code getuserread} (daily) or {@code getuserreadhour} (hourly): article reading
 * figures for the whole account.
 *
 * @param refDate the day
 * @param refHour the hour as WeChat writes it ({@code 0}, {@code 100} .. {@code 2300}), or
 *     {@code null} for daily rows
 * @param userSource reading channel (99999999 all, 0 conversation, 1 friends, 2 moments, 4 history
 *     page, 5 other, 6 look-at, 7 search; new values may appear)
 * @param intPageReadUser readers of the article page
 * @param intPageReadCount reads of the article page
 * @param oriPageReadUser readers of the original page
 * @param oriPageReadCount reads of the original page
 * @param shareUser users who shared
 * @param shareCount shares
 * @param addToFavUser users who added to favourites
 * @param addToFavCount additions to favourites
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserRead(
        @JsonProperty("ref_date") @JsonDeserialize(using = IsoDateDeserializer.class) LocalDate refDate,
        @JsonProperty("ref_hour") Integer refHour,
        @JsonProperty("user_source") int userSource,
        @JsonProperty("int_page_read_user") long intPageReadUser,
        @JsonProperty("int_page_read_count") long intPageReadCount,
        @JsonProperty("ori_page_read_user") long oriPageReadUser,
        @JsonProperty("ori_page_read_count") long oriPageReadCount,
        @JsonProperty("share_user") long shareUser,
        @JsonProperty("share_count") long shareCount,
        @JsonProperty("add_to_fav_user") long addToFavUser,
        @JsonProperty("add_to_fav_count") long addToFavCount) {
}
