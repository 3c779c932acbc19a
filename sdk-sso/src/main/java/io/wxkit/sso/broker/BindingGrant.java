package io.wxkit.sso.broker;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a binding token stands for: an identified but unbound user of one client. */
record BindingGrant(
        @JsonProperty("c") String clientId,
        @JsonProperty("o") String openid,
        @JsonProperty("u") String unionid) {
}
