package io.wxkit.spring.oauth;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The absolute {@code redirect_uri} WeChat sends the browser back to: the configured public origin, or the
 * request's own, plus the context path and the callback path.
 */
final class RedirectUri {
    private final String publicBaseUrl;
    private final String callbackPath;

    RedirectUri(String publicBaseUrl, String callbackPath) {
        this.publicBaseUrl = publicBaseUrl == null ? null : stripSlash(publicBaseUrl);
        this.callbackPath = callbackPath;
    }

    String of(HttpServletRequest request) {
        String origin = publicBaseUrl != null ? publicBaseUrl : origin(request);
        return origin + request.getContextPath() + callbackPath;
    }

    private static String origin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
