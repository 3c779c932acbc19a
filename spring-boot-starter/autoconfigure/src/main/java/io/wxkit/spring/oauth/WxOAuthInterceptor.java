package io.wxkit.spring.oauth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Sends a browser without a WeChat user on a page that needs one to WeChat's authorize page, remembering the
 * page. Only GET and HEAD are redirected: a form post cannot survive the round trip, so it gets 401.
 */
final class WxOAuthInterceptor implements HandlerInterceptor {
    private final OAuthLogin login;
    private final PagePaths pages;

    WxOAuthInterceptor(OAuthLogin login, PagePaths pages) {
        this.login = login;
        this.pages = pages;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (!pages.needUser(request) || OAuthSession.user(request, login.appId()).isPresent()) {
            return true;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            OAuthPages.write(response, 401, "This page needs you to sign in with WeChat. Open it again from WeChat.");
            return false;
        }
        String query = request.getQueryString();
        String page = request.getRequestURI() + (query == null ? "" : "?" + query);
        String returnTo = ReturnPath.sameOrigin(page).orElse(request.getContextPath() + "/");
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(login.start(request, returnTo));
        return false;
    }
}
