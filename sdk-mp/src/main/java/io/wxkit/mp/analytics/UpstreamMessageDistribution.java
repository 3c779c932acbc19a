package io.wxkit.mp.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.wxkit.mp.internal.IsoDateDeserializer;
import java.time.LocalDate;

/**
 * One row of {@code getupstreammsgdist} ({@code ...week}, {@code ...month}): how many users sent
 * how many messages.
 *
 * @param refDate the day (for weekly/monthly rows: the first day of the period)
 * @param countInterval bucket: 0 = "0", 1 = "1-5", 2 = "6-10", 3 = "more than 10" messages
 * @param msgUser users in the bucket
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpstreamMessageDistribution(
        @JsonProperty("ref_date") @JsonDeserialize(using = IsoDateDeserializer.class) LocalDate refDate,
        @JsonProperty("count_interval") int countInterval,
        @JsonProperty("msg_user") long msgUser) {
}
