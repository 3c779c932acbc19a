package io.wxkit.spring.modules.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a module request whose body is larger than {@code wxkit.modules.max-body-bytes} (413) before
 * anything reads it, and a body of unknown length (chunked, 411): the limit must hold before parsing.
 */
final class BodyLimitInterceptor implements HandlerInterceptor {
    private final long maxBytes;

    BodyLimitInterceptor(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            throw new ModuleAccessException(413, "PAYLOAD_TOO_LARGE", "the body is larger than " + maxBytes + " bytes");
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            throw new ModuleAccessException(411, "LENGTH_REQUIRED", "send the body with a Content-Length");
        }
        return true;
    }
}
