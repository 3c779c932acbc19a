package io.wxkit.sso.broker;

import io.wxkit.core.internal.crypto.ConstantTime;
import io.wxkit.sso.internal.Secrets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The browser binding of the OAuth {@code state}: a cookie {@code <state>.<expiry>.<HMAC>} signed with a
 * key derived from the broker's master key. The callback is accepted only from the browser that started
 * the authorization (login CSRF), before the expiry, with an untampered cookie.
 */
final class StateCookie {
    static final String NAME = "wxkit_sso_state";

    private final byte[] key;
    private final Clock clock;
    private final String path;
    private final boolean secure;

    StateCookie(byte[] key, Clock clock, String path, boolean secure) {
        this.key = key;
        this.clock = clock;
        this.path = path;
        this.secure = secure;
    }

    /** The {@code Set-Cookie} value binding {@code state} to this browser for {@code ttl}. */
    String issue(String state, Duration ttl) {
        long exp = clock.instant().plus(ttl).getEpochSecond();
        String value = state + "." + exp;
        return NAME + "=" + value + "." + Secrets.hmacBase64(key, value) + attributes(ttl.toSeconds());
    }

    /** The {@code Set-Cookie} value deleting the cookie. */
    String clear() {
        return NAME + "=" + attributes(0);
    }

    /** Whether {@code cookie} is authentic, unexpired and carries exactly {@code state}. */
    boolean matches(String cookie, String state) {
        if (cookie == null || state == null || cookie.length() > 300) {
            return false;
        }
        String[] p = cookie.split("\\.");
        if (p.length != 3) {
            return false;
        }
        boolean authentic = ConstantTime.equals(Secrets.hmacBase64(key, p[0] + "." + p[1]), p[2]);
        long exp;
        try {
            exp = Long.parseLong(p[1]);
        } catch (NumberFormatException e) {
            return false;
        }
        return authentic && clock.instant().getEpochSecond() < exp && ConstantTime.equals(p[0], state);
    }

    private String attributes(long maxAge) {
        return "; Path=" + path + "; Max-Age=" + maxAge + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }

    static List<String> none() {
        return List.of();
    }
}
