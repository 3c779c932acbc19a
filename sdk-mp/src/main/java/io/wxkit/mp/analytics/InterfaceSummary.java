package io.wxkit.mp.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.wxkit.mp.internal.IsoDateDeserializer;
import java.time.LocalDate;

/**
 * One row of {@code getinterfacesummary} / {@code getinterfacesummaryhour}: how the account's
 * callback server answered WeChat's passive-reply calls.
 *
 * @param refDate the day
 * @param refHour the hour ({@code 0} .. {@code 2300}) for hourly rows, else {@code null}
 * @param callbackCount callbacks WeChat made to the server
 * @param failCount failed callbacks
 * @param totalTimeCost total response time in milliseconds (divide by {@code callbackCount} for
 *     the average)
 * @param maxTimeCost slowest response in milliseconds
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InterfaceSummary(
        @JsonProperty("ref_date") @JsonDeserialize(using = IsoDateDeserializer.class) LocalDate refDate,
        @JsonProperty("ref_hour") Integer refHour,
        @JsonProperty("callback_count") long callbackCount,
        @JsonProperty("fail_count") long failCount,
        @JsonProperty("total_time_cost") long totalTimeCost,
        @JsonProperty("max_time_cost") long maxTimeCost) {
}
