package io.wxkit.sso.broker;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the broker remembers (single-use, in the ticket store) between its redirect to WeChat and the return. */
record PendingAuthorization(
        @JsonProperty("c") String clientId,
        @JsonProperty("r") String redirectUri,
        @JsonProperty("s") String clientState,
        @JsonProperty("p") boolean profile) {
}
