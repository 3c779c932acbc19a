package io.wxkit.mp.mass;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * WeChat's receipt for a submitted mass-send job; the outcome arrives later as the
 * MASSSENDJOBFINISH event or via {@code mp.mass().status(msgId)}.
 *
 * @param msgId the job id, used for status and delete
 * @param msgDataId the data id of a news send (for analytics); 0 otherwise
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MassSendResult(@JsonProperty("msg_id") long msgId, @JsonProperty("msg_data_id") long msgDataId) {
}
