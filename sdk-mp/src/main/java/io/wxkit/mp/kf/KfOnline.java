package io.wxkit.mp.kf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A customer-service account that is online now ({@code cgi-bin/customservice/getonlinekflist}).
 *
 * @param account the full account, {@code prefix@account}
 * @param status the client status (1 = web client online)
 * @param id the numeric worker id
 * @param acceptedCase how many sessions it is serving
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KfOnline(
        @JsonProperty("kf_account") String account,
        @JsonProperty("status") int status,
        @JsonProperty("kf_id") String id,
        @JsonProperty("accepted_case") int acceptedCase) {
}
