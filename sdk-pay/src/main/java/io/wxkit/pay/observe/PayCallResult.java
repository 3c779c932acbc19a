package io.wxkit.pay.observe;

import java.time.Duration;

/**
 * A finished APIv3 call as a {@link PayCallListener} sees it.
 *
 * @param endpoint the method and path without the query, as {@link PayCallListener#started} was told
 * @param httpStatus the HTTP status of the last attempt, 0 when no answer came
 * @param code {@code null} on success, else {@link io.wxkit.pay.WxPayException#code()} (WeChat Pay's code such as
 *     {@code PARAM_ERROR}, or wxkit's: {@code TRANSPORT_ERROR}, {@code OUTCOME_UNKNOWN}, {@code SIGNATURE_MISMATCH}, ...)
 * @param transportFailure whether WeChat Pay could not be reached (after retries)
 * @param latency the time from the start of the first attempt to the outcome
 */
public record PayCallResult(String endpoint, int httpStatus, String code, boolean transportFailure, Duration latency) {

    /**
     * Whether WeChat Pay answered 2xx and the answer verified.
     *
     * @return true when {@code code} is null
     */
    public boolean succeeded() {
        return code == null;
    }
}
