package io.wxkit.mp.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The daily quota of one API for this account ({@code cgi-bin/openapi/quota/get}).
 *
 * @param dailyLimit calls allowed per day
 * @param used calls made today
 * @param remain calls left today
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiQuota(
        @JsonProperty("daily_limit") long dailyLimit,
        @JsonProperty("used") long used,
        @JsonProperty("remain") long remain) {
}
