package io.wxkit.mp.subscribe;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A subscribe-notification template the account added ({@code wxaapi/newtmpl/gettemplate}).
 *
 * @param templateId the id to send with ({@code priTmplId})
 * @param title the template title
 * @param content the template text with {@code {{key.DATA}}} placeholders
 * @param example a rendered example
 * @param type 2 for one-time, 3 for long-term subscriptions
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscribeTemplate(
        @JsonProperty("priTmplId") String templateId,
        @JsonProperty("title") String title,
        @JsonProperty("content") String content,
        @JsonProperty("example") String example,
        @JsonProperty("type") int type) {
}
