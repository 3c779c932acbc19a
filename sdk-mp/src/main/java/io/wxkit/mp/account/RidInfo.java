package io.wxkit.mp.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;

/**
 * What WeChat recorded about one failed call, looked up by the {@code rid} of its errmsg
 * ({@code cgi-bin/openapi/rid/get}). WeChat's {@code request_url} holds the query string, access
 * token included, so {@link #toString()} leaves the request and response out.
 *
 * @param invokeTime when the call reached WeChat
 * @param cost how long WeChat took
 * @param requestUrl the query string WeChat received (contains the access token: do not log)
 * @param requestBody the body WeChat received
 * @param responseBody the answer WeChat gave
 * @param clientIp the caller's address as WeChat saw it
 */
public record RidInfo(Instant invokeTime, Duration cost, String requestUrl, String requestBody, String responseBody,
        String clientIp) {

    @JsonCreator
    static RidInfo fromWire(@JsonProperty("invoke_time") long invokeTime, @JsonProperty("cost_in_ms") long costInMs,
            @JsonProperty("request_url") String requestUrl, @JsonProperty("request_body") String requestBody,
            @JsonProperty("response_body") String responseBody, @JsonProperty("client_ip") String clientIp) {
        return new RidInfo(Instant.ofEpochSecond(invokeTime), Duration.ofMillis(costInMs), requestUrl, requestBody,
                responseBody, clientIp);
    }

    @Override
    public String toString() {
        return "RidInfo[invokeTime=" + invokeTime + ", cost=" + cost + ", clientIp=" + clientIp + "]";
    }
}
