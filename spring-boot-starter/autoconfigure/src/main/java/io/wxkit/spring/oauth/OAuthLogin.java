package io.wxkit.spring.oauth;

import io.wxkit.core.http.WxApiException;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.oauth.Lang;
import io.wxkit.mp.oauth.OAuthToken;
import io.wxkit.mp.oauth.OAuthUser;
import io.wxkit.mp.oauth.Scope;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Both halves of web authorization for one account: {@link #start} binds a fresh {@code state} to the browser
 * session and gives the authorize URL; {@link #finish} checks that state (once), exchanges the code through
 * {@code mp.oauth()} and signs the user in on a new session id.
 */
final class OAuthLogin {
    private static final Pattern STATE = Pattern.compile("[A-Za-z0-9]{1,128}");
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final int STATE_LENGTH = 32; // 190 bits

    private final String appId;
    private final WxMp mp;
    private final Scope scope;
    private final RedirectUri redirectUri;
    private final Duration stateTimeout;
    private final Clock clock;
    private final SecureRandom random;

    OAuthLogin(String appId, WxMp mp, Scope scope, RedirectUri redirectUri, Duration stateTimeout, Clock clock,
               SecureRandom random) {
        this.appId = appId;
        this.mp = mp;
        this.scope = scope;
        this.redirectUri = redirectUri;
        this.stateTimeout = stateTimeout;
        this.clock = clock;
        this.random = random;
    }

    String appId() {
        return appId;
    }

    /** Remembers {@code returnTo} under a new state in the session and returns WeChat's authorize URL. */
    String start(HttpServletRequest request, String returnTo) {
        String state = newState();
        OAuthSession.pending(request.getSession(true), p -> {
            p.add(state, returnTo, clock.instant().plus(stateTimeout));
            return null;
        });
        return mp.oauth().authorizeUrl(redirectUri.of(request), scope, state);
    }

    /** Completes the login WeChat redirected back to with {@code code} and {@code state}. */
    LoginOutcome finish(HttpServletRequest request) {
        String[] states = request.getParameterValues("state");
        String[] codes = request.getParameterValues("code");
        if (states == null || states.length != 1 || !STATE.matcher(states[0]).matches()
                || (codes != null && codes.length != 1)) {
            return new LoginOutcome.Refused(400, "This sign-in link is incomplete or malformed (no valid state)."
                    + " Open the page again to sign in with WeChat.");
        }
        var session = request.getSession(false);
        Optional<PendingLogins.Pending> pending = session == null ? Optional.empty()
                : OAuthSession.pending(session, p -> p.take(states[0], clock.instant()));
        if (pending.isEmpty()) {
            return new LoginOutcome.Refused(400, "This sign-in link was already used, has expired, or was started in"
                    + " another browser. Open the page again to sign in with WeChat.");
        }
        if (codes == null || codes[0].isBlank()) {
            return new LoginOutcome.Refused(400, "WeChat authorization was declined, so this page cannot tell who you"
                    + " are. Open the page again and allow the authorization to continue.");
        }
        return exchange(request, codes[0], pending.get().returnTo());
    }

    private LoginOutcome exchange(HttpServletRequest request, String code, String returnTo) {
        WxUserPrincipal user;
        try {
            OAuthToken token = mp.oauth().exchangeCode(code);
            user = principal(token);
        } catch (WxApiException e) {
            if (e.errcode() > 0) {
                return new LoginOutcome.Refused(400, "WeChat refused this sign-in (errcode " + e.errcode()
                        + "). Open the page again to sign in with WeChat.");
            }
            return new LoginOutcome.Refused(502, "WeChat could not be reached to finish the sign-in. Try again in"
                    + " a moment.");
        }
        request.changeSessionId(); // session fixation: the id the browser had before the login is worth nothing now
        request.getSession().setAttribute(OAuthSession.USER, user);
        return new LoginOutcome.SignedIn(user, returnTo);
    }

    private WxUserPrincipal principal(OAuthToken token) {
        if (token.scope() != Scope.USERINFO || token.snapshotUser()) {
            // a snapshot-page user has a virtual openid and no profile to read
            return new WxUserPrincipal(appId, token.openid(), token.unionid(), null, null, token.scope());
        }
        OAuthUser profile = mp.oauth().userInfo(token, Lang.ZH_CN);
        String avatar = profile.headImgUrl() == null || profile.headImgUrl().isEmpty() ? null : profile.headImgUrl();
        String unionid = token.unionid() != null ? token.unionid() : profile.unionid();
        return new WxUserPrincipal(appId, token.openid(), unionid, profile.nickname(), avatar, token.scope());
    }

    private String newState() {
        char[] s = new char[STATE_LENGTH];
        for (int i = 0; i < s.length; i++) {
            s[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(s);
    }
}
