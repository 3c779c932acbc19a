package io.wxkit.emulator.internal.mp.oauth;

import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.Resettable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * OAuth 2.0 web-authorization state: single-use codes (5 minutes), web access tokens (7200 s, not usable on
 * other APIs) and refresh tokens (30 days). Thread-safe.
 */
public final class OAuthGrants implements Resettable {
    static final Duration CODE_TTL = Duration.ofMinutes(5);
    static final Duration TOKEN_TTL = Duration.ofSeconds(7200);
    static final Duration REFRESH_TTL = Duration.ofDays(30);

    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, Code> codes = new HashMap<>();
    private final Map<String, Grant> tokens = new HashMap<>();
    private final Map<String, Grant> refreshTokens = new HashMap<>();

    /** Who authorised what, and until when. */
    record Grant(String appId, String openid, String scope, Instant expiresAt) {
    }

    private record Code(Grant grant, boolean used) {
    }

    public OAuthGrants(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    /** Issues a code for {@code openid} of {@code appId} with {@code scope}. */
    public synchronized String code(String appId, String openid, String scope) {
        String code = random(24);
        codes.put(code, new Code(new Grant(appId, openid, scope, clock.instant().plus(CODE_TTL)), false));
        return code;
    }

    /**
     * Redeems a code (once).
     *
     * @throws ApiError 40029 unknown (or another app's), 40163 already used, 42003 expired
     */
    synchronized Grant redeem(String appId, String code) {
        Code c = code == null ? null : codes.get(code);
        if (c == null || !c.grant().appId().equals(appId)) {
            throw new ApiError(40029, "invalid code");
        }
        if (c.used()) {
            throw new ApiError(40163, "code been used");
        }
        if (!clock.instant().isBefore(c.grant().expiresAt())) {
            throw new ApiError(42003, "code expired");
        }
        codes.put(code, new Code(c.grant(), true));
        return c.grant();
    }

    /** Issues a web access token and a refresh token: returns {accessToken, refreshToken}. */
    synchronized String[] issue(Grant who, String existingRefresh) {
        Instant now = clock.instant();
        String access = random(72);
        tokens.put(access, new Grant(who.appId(), who.openid(), who.scope(), now.plus(TOKEN_TTL)));
        String refresh = existingRefresh;
        if (refresh == null) {
            refresh = random(72);
            refreshTokens.put(refresh, new Grant(who.appId(), who.openid(), who.scope(), now.plus(REFRESH_TTL)));
        }
        return new String[] {access, refresh};
    }

    /**
     * Looks up a refresh token.
     *
     * @throws ApiError 40030 unknown, 42002 expired
     */
    synchronized Grant refresh(String appId, String refreshToken) {
        Grant g = refreshToken == null ? null : refreshTokens.get(refreshToken);
        if (g == null || !g.appId().equals(appId)) {
            throw new ApiError(40030, "invalid refresh_token");
        }
        if (!clock.instant().isBefore(g.expiresAt())) {
            throw new ApiError(42002, "refresh_token timeout");
        }
        return g;
    }

    /**
     * Looks up a web access token for {@code openid}.
     *
     * @throws ApiError 40001 unknown, 42001 expired, 40003 for another user
     */
    synchronized Grant token(String accessToken, String openid) {
        Grant g = accessToken == null ? null : tokens.get(accessToken);
        if (g == null) {
            throw new ApiError(40001, "invalid credential, access_token is invalid or not latest");
        }
        if (!clock.instant().isBefore(g.expiresAt())) {
            throw new ApiError(42001, "access_token expired");
        }
        if (openid == null || !openid.equals(g.openid())) {
            throw new ApiError(40003, "invalid openid");
        }
        return g;
    }

    @Override
    public synchronized void reset() {
        codes.clear();
        tokens.clear();
        refreshTokens.clear();
    }

    private String random(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
