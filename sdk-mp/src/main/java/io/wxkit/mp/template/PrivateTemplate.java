package io.wxkit.mp.template;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One template in the account's private template list ({@code template/get_all_private_template}).
 *
 * @param templateId the id to send with
 * @param title the template title
 * @param primaryIndustry the primary industry it belongs to
 * @param deputyIndustry the secondary industry it belongs to
 * @param content the template text with {@code {{key.DATA}}} placeholders
 * @param example a rendered example
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PrivateTemplate(
        @JsonProperty("template_id") String templateId,
        @JsonProperty("title") String title,
        @JsonProperty("primary_industry") String primaryIndustry,
        @JsonProperty("deputy_industry") String deputyIndustry,
        @JsonProperty("content") String content,
        @JsonProperty("example") String example) {
}
