package io.wxkit.mp.oauth;

import java.time.Instant;
import java.util.Objects;

/**
 * A web-authorization access token ({@code /sns/oauth2/access_token}) for one user: not the
 * account's base {@code access_token}, and usable only for {@code /sns/*} calls.
 *
 * <p>{@link #toString()} masks both tokens.
 *
 * @param accessToken the web access token, valid until {@code expiresAt}
 * @param refreshToken the refresh token (valid about 30 days), for {@link OAuthApi#refresh}
 * @param openid the user's openid for this account
 * @param unionid the unionid, or {@code null} (only with {@link Scope#USERINFO} and a bound
 *     open-platform account)
 * @param scope the granted scope
 * @param expiresAt when the access token stops being valid (receipt time + {@code expires_in})
 * @param snapshotUser {@code true} for a virtual "snapshot page" user ({@code is_snapshotuser=1}):
 *     openid and unionid are virtual and {@code /sns/userinfo} may fail
 */
public record OAuthToken(
        String accessToken,
        String refreshToken,
        String openid,
        String unionid,
        Scope scope,
        Instant expiresAt,
        boolean snapshotUser) {

    /**
     * Checks the required components.
     *
     * @param accessToken the web access token; not blank
     * @param refreshToken the refresh token, or null
     * @param openid the user's openid; not blank
     * @param unionid the unionid, or {@code null}
     * @param scope the granted scope; not null
     * @param expiresAt when the access token stops being valid; not null
     * @param snapshotUser whether WeChat flagged a snapshot-page user ({@code is_snapshotuser=1})
     * @throws IllegalArgumentException if {@code accessToken} or {@code openid} is null or blank
     * @throws NullPointerException if {@code scope} or {@code expiresAt} is null
     */
    public OAuthToken {
        requireText(accessToken, "accessToken");
        requireText(openid, "openid");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * Whether the access token has expired at {@code now}.
     *
     * @param now the instant to check at, e.g. {@code clock.instant()}; not null
     * @return true if {@code now} is at or after {@link #expiresAt()}
     */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "OAuthToken[accessToken=***, refreshToken=***, openid=" + openid + ", unionid=" + unionid
                + ", scope=" + scope + ", expiresAt=" + expiresAt + ", snapshotUser=" + snapshotUser + "]";
    }

    static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
