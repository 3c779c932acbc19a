package io.wxkit.mp.template;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The industries the account set for template messages ({@code template/get_industry}).
 *
 * @param primary the primary industry
 * @param secondary the secondary industry
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Industry(
        @JsonProperty("primary_industry") Category primary,
        @JsonProperty("secondary_industry") Category secondary) {

    /**
     * One industry as WeChat names it, e.g. first class "IT科技", second class "互联网|电子商务".
     *
     * @param firstClass the first-level class
     * @param secondClass the second-level class
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Category(
            @JsonProperty("first_class") String firstClass,
            @JsonProperty("second_class") String secondClass) {
    }
}
