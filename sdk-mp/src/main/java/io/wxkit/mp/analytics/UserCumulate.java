package io.wxkit.mp.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.wxkit.mp.internal.IsoDateDeserializer;
import java.time.LocalDate;

/**
 * One row of {@code getusercumulate}: the total number of followers at the end of a day.
 *
 * @param refDate the day
 * @param cumulateUser total followers
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserCumulate(
        @JsonProperty("ref_date") @JsonDeserialize(using = IsoDateDeserializer.class) LocalDate refDate,
        @JsonProperty("cumulate_user") long cumulateUser) {
}
