package io.wxkit.examples.wechat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the emulator's phone show the app's H5 pages in its web view. The phone page frames them from the emulator's
 * origin (another port, so another origin), which the app-wide {@code X-Frame-Options: SAMEORIGIN} forbids; a
 * {@code Content-Security-Policy: frame-ancestors} naming this app and the emulator takes precedence over
 * {@code X-Frame-Options} in browsers. Only with an emulator (embedded, or the first instance's), and never for the admin console.
 */
@Component
@ConditionalOnProperty(name = "examples.emulator.url")
class PhoneWebView extends OncePerRequestFilter {
    private final String policy;

    PhoneWebView(Environment env) {
        String emulator = env.getProperty("examples.emulator.url", "");
        this.policy = "frame-ancestors 'self' " + emulator;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/admin");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.addHeader("Content-Security-Policy", policy);
        chain.doFilter(request, response);
    }
}
