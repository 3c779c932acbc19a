package io.wxkit.mp.freepublish;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The accepted publish task of {@code /cgi-bin/freepublish/submit}: publishing is asynchronous;
 * poll {@link FreepublishApi#get} or wait for the {@code PUBLISHJOBFINISH} event.
 *
 * @param publishId the task id
 * @param msgDataId the message data id (addresses comments), or {@code null} if not returned
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublishSubmission(@JsonProperty("publish_id") String publishId, @JsonProperty("msg_data_id") String msgDataId) {
}
