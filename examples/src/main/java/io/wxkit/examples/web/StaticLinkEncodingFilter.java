package io.wxkit.examples.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Sends only the links that are static resources through the resource chain. Boot's own
 * {@link ResourceUrlEncodingFilter} (on because webjars-locator-lite enables the resource chain) resolves every
 * Thymeleaf {@code @{...}} link: for an app link such as {@code /forum/thread/7} the {@code PathResourceResolver}
 * asks the class loader for it in each static location, which walks every jar of the classpath under one lock
 * per jar, and a miss is never cached. Under 200 users that was the app's largest lock wait (docs/performance.md,
 * session load2). App links get the container's plain {@code encodeURL}, which is what the chain returned for them
 * anyway; static files and WebJars keep the chain (versionless WebJars links become versioned ones).
 */
final class StaticLinkEncodingFilter extends ResourceUrlEncodingFilter {
    private final StaticResourcePaths statics;

    StaticLinkEncodingFilter(StaticResourcePaths statics) {
        this.statics = statics;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse plain)) {
            chain.doFilter(request, response);
            return;
        }
        String contextPath = http.getContextPath();
        super.doFilter(request, response, (wrappedRequest, resolving) -> chain.doFilter(wrappedRequest,
                new StaticLinksOnly((HttpServletResponse) resolving, plain, contextPath, statics)));
    }

    /** {@code encodeURL} through the chain for static links, through the container for the rest. */
    private static final class StaticLinksOnly extends HttpServletResponseWrapper {
        private final HttpServletResponse plain;
        private final String contextPath;
        private final StaticResourcePaths statics;

        StaticLinksOnly(HttpServletResponse resolving, HttpServletResponse plain, String contextPath,
                StaticResourcePaths statics) {
            super(resolving);
            this.plain = plain;
            this.contextPath = contextPath;
            this.statics = statics;
        }

        @Override
        public String encodeURL(String url) {
            return isStaticLink(url) ? super.encodeURL(url) : plain.encodeURL(url);
        }

        private boolean isStaticLink(String url) {
            if (!url.startsWith(contextPath + "/")) {
                return false;
            }
            int end = url.length();
            for (char stop : new char[] {'?', '#'}) {
                int at = url.indexOf(stop);
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
            return statics.isStatic(url.substring(contextPath.length(), end));
        }
    }
}
