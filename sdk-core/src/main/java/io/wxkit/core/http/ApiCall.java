package io.wxkit.core.http;

import java.time.Duration;

/**
 * A finished API call as an {@link ApiCallListener} sees it.
 *
 * @param endpoint the method and path, e.g. {@code POST /cgi-bin/menu/create}
 * @param errcode WeChat's errcode; 0 on success; for HTTP and transport failures what {@link WxApiException#errcode()} says
 * @param httpStatus the HTTP status of the last attempt, 0 when no answer came
 * @param transportFailure whether WeChat could not be reached (after retries)
 * @param latency the time from the start of the first attempt to the outcome
 */
public record ApiCall(String endpoint, int errcode, int httpStatus, boolean transportFailure, Duration latency) {

    /**
     * Whether WeChat answered errcode 0.
     *
     * @return true if {@link #errcode()} is 0 and {@link #transportFailure()} is false; an HTTP error status alone
     *     (errcode 0, e.g. a 502) also gives true, so check {@link #httpStatus()} too
     */
    public boolean succeeded() {
        return errcode == 0 && !transportFailure;
    }
}
