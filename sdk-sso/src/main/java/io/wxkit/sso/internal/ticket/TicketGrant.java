package io.wxkit.sso.internal.ticket;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a login ticket stands for: the user WeChat identified, for which client and redirect URI,
 * until when.
 *
 * @param clientId the client the ticket was issued to
 * @param redirectUri the exact redirect URI it was delivered to
 * @param openid the user's openid
 * @param unionid the unionid, or {@code null}
 * @param nickname the nickname (only with the profile claim), or {@code null}
 * @param avatar the avatar URL (only with the profile claim), or {@code null}
 * @param expiresAtMillis epoch milliseconds after which the ticket is refused as expired
 */
public record TicketGrant(
        @JsonProperty("c") String clientId,
        @JsonProperty("r") String redirectUri,
        @JsonProperty("o") String openid,
        @JsonProperty("u") String unionid,
        @JsonProperty("n") String nickname,
        @JsonProperty("a") String avatar,
        @JsonProperty("e") long expiresAtMillis) {
}
