package io.wxkit.mp.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.wxkit.mp.internal.IsoDateDeserializer;
import java.time.LocalDate;

/**
 * One row of the upstream-message statistics ({@code getupstreammsg}, {@code ...hour},
 * {@code ...week}, {@code ...month}): messages users sent to the account.
 *
 * @param refDate the day (for weekly/monthly rows: the first day of the period)
 * @param refHour the hour ({@code 0} .. {@code 2300}) for hourly rows, else {@code null}
 * @param msgType 1 text, 2 image, 3 voice, 4 video, 6 third-party app (link) message
 * @param msgUser users who sent messages
 * @param msgCount messages sent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpstreamMessage(
        @JsonProperty("ref_date") @JsonDeserialize(using = IsoDateDeserializer.class) LocalDate refDate,
        @JsonProperty("ref_hour") Integer refHour,
        @JsonProperty("msg_type") int msgType,
        @JsonProperty("msg_user") long msgUser,
        @JsonProperty("msg_count") long msgCount) {
}
