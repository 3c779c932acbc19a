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
     * Whether WeChat answered, with a 2xx status and errcode 0.
     *
     * @return true if {@link #transportFailure()} is false, {@link #httpStatus()} is 2xx and {@link #errcode()} is
     *     0; an HTTP error status (a 502 from a gateway carries no errcode) is a failure
     */
    public boolean succeeded() {
        return errcode == 0 && !transportFailure && httpStatus >= 200 && httpStatus < 300;
    }
}
