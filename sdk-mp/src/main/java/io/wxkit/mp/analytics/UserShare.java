package io.wxkit.mp.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.wxkit.mp.internal.IsoDateDeserializer;
import java.time.LocalDate;

/**
 * One row of {@code getusershare} (daily) or {@code getusersharehour} (hourly).
 *
 * @param refDate the day
 * @param refHour the hour ({@code 0} .. {@code 2300}), or {@code null} for daily rows
 * @param shareScene 1 friend forward, 2 moments, 255 other
 * @param shareCount shares
 * @param shareUser users who shared
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserShare(
        @JsonProperty("ref_date") @JsonDeserialize(using = IsoDateDeserializer.class) LocalDate refDate,
        @JsonProperty("ref_hour") Integer refHour,
        @JsonProperty("share_scene") int shareScene,
        @JsonProperty("share_count") long shareCount,
        @JsonProperty("share_user") long shareUser) {
}
