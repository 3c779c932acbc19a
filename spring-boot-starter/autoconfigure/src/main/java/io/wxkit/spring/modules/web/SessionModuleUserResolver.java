package io.wxkit.spring.modules.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Optional;

/**
 * The default {@link ModuleUserResolver}: the session attribute {@value #ATTRIBUTE} that the starter's
 * OAuth login filter sets. The attribute may hold the openid itself or a {@link Principal} whose name is the
 * openid; anything else counts as nobody signed in. Never creates a session.
 */
public final class SessionModuleUserResolver implements ModuleUserResolver {
    /** The session attribute holding the signed-in WeChat user. */
    public static final String ATTRIBUTE = "wxkit.user";

    @Override
    public Optional<String> openid(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object user = session.getAttribute(ATTRIBUTE);
        if (user instanceof String openid && !openid.isBlank()) {
            return Optional.of(openid);
        }
        if (user instanceof Principal principal && principal.getName() != null && !principal.getName().isBlank()) {
            return Optional.of(principal.getName());
        }
        return Optional.empty();
    }
}
