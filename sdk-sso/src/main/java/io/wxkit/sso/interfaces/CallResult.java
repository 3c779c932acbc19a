package io.wxkit.sso.interfaces;

import com.fasterxml.jackson.databind.JsonNode;

/** How one call to a business system ended. */
sealed interface CallResult permits CallResult.Answered, CallResult.TimedOut, CallResult.Failed {

    /** @param answer the verified JSON answer */
    record Answered(JsonNode answer) implements CallResult {
    }

    /** The call took longer than the interface's timeout. */
    record TimedOut() implements CallResult {
    }

    /** @param reason a short, audit-safe code: {@code http_503}, {@code oversized}, {@code bad_signature}, ... */
    record Failed(String reason) implements CallResult {
    }
}
