package io.wxkit.mp.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.wxkit.mp.internal.IsoDateDeserializer;
import java.time.LocalDate;

/**
 * One row of {@code getusersummary}: followers gained and lost on a day, per source.
 *
 * @param refDate the day
 * @param userSource follow channel (0 other, 1 search, 17 profile card, 30 QR code, 51 after
 *     payment, 57 article menu, 100 WeChat ads, 161 reprint, 149 mini program, 200 video channel,
 *     201 live; new values may appear)
 * @param newUser followers gained
 * @param cancelUser followers lost
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserSummary(
        @JsonProperty("ref_date") @JsonDeserialize(using = IsoDateDeserializer.class) LocalDate refDate,
        @JsonProperty("user_source") int userSource,
        @JsonProperty("new_user") long newUser,
        @JsonProperty("cancel_user") long cancelUser) {
}
