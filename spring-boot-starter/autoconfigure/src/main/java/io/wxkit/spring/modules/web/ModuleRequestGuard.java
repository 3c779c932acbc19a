package io.wxkit.spring.modules.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * In front of every module endpoint, before anything reads the body:
 * <ul>
 *   <li>a body larger than {@code wxkit.modules.max-body-bytes} is refused (413), and one of unknown length
 *       (chunked) too (411): the limit must hold before parsing;</li>
 *   <li>a request that changes something must say {@code Content-Type: application/json}, even with an empty
 *       body (415). The user is known by a session cookie, and a plain HTML form on another site can post
 *       with that cookie but cannot send this content type without the browser's CORS preflight.</li>
 * </ul>
 */
final class ModuleRequestGuard implements HandlerInterceptor {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private final long maxBytes;

    ModuleRequestGuard(long maxBytes) {
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
        if (!SAFE.contains(request.getMethod()) && !json(request.getContentType())) {
            throw new ModuleAccessException(415, "UNSUPPORTED_MEDIA_TYPE",
                    "send Content-Type: application/json (also with an empty body)");
        }
        return true;
    }

    private static boolean json(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
