package io.wxkit.mp.oauth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;

/** Wire shape of {@code /sns/oauth2/access_token} and {@code /sns/oauth2/refresh_token}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record OAuthTokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("openid") String openid,
        @JsonProperty("scope") String scope,
        @JsonProperty("is_snapshotuser") int isSnapshotUser,
        @JsonProperty("unionid") String unionid) {

    OAuthToken toToken(Instant receivedAt) {
        return new OAuthToken(accessToken, refreshToken, openid, unionid, Scope.fromWire(scope),
                receivedAt.plus(Duration.ofSeconds(expiresIn)), isSnapshotUser == 1);
    }

    @Override
    public String toString() {
        return "OAuthTokenResponse[accessToken=***, refreshToken=***, openid=" + openid + "]";
    }
}
