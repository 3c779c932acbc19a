package io.wxkit.spring.oauth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.web.util.WebUtils;

/** What the login keeps in the HTTP session: the signed-in user and the logins still under way. */
final class OAuthSession {
    /**
     * The session attribute holding the {@link WxUserPrincipal}: the same name the module endpoints' default
     * user resolver ({@code SessionModuleUserResolver}) reads, so a user signed in here acts on those endpoints.
     */
    static final String USER = "wxkit.user";
    static final String PENDING = PendingLogins.class.getName();

    private OAuthSession() {
    }

    /** The signed-in user of {@code appId}, without creating a session. */
    static Optional<WxUserPrincipal> user(HttpServletRequest request, String appId) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(USER) instanceof WxUserPrincipal user)) {
            return Optional.empty();
        }
        return user.appId().equals(appId) ? Optional.of(user) : Optional.empty();
    }

    /** Runs {@code change} on the session's pending logins under its mutex and writes them back. */
    static <T> T pending(HttpSession session, Function<PendingLogins, T> change) {
        synchronized (WebUtils.getSessionMutex(session)) {
            PendingLogins logins = session.getAttribute(PENDING) instanceof PendingLogins p ? p : new PendingLogins();
            T result = change.apply(logins);
            if (logins.isEmpty()) {
                session.removeAttribute(PENDING);
            } else {
                session.setAttribute(PENDING, logins); // set again so replicated sessions see the change
            }
            return result;
        }
    }
}
