package io.wxkit.spring.modules.web;

import io.wxkit.redis.RedisStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a module endpoint whose Redis-backed store did not answer (Redis down, or slower than its command
 * timeout, and the store has no local fallback: the per-user and per-IP rate limiter by default) with
 * {@code 503 Service Unavailable}, {@code Retry-After: 1} and the problem code {@code STORE_UNAVAILABLE}: the
 * request was refused before it changed anything, and the same request may succeed a moment later. Without this
 * advice the failure would be the generic 500 {@code INTERNAL_ERROR}, which tells a client not to retry.
 *
 * <p>Registered by the starter only when {@code wxkit-redis} is on the classpath, and ordered before
 * {@link ModuleProblemAdvice} (whose catch-all would answer first otherwise). The detail names no key, store or
 * Redis address; the log line names the store and operation. Public only because Spring instantiates it from the
 * auto-configuration; applications do not use it directly.
 */
@RestControllerAdvice(basePackages = "io.wxkit.spring.modules")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ModuleStoreProblemAdvice {
    private static final Logger log = LoggerFactory.getLogger(ModuleStoreProblemAdvice.class);

    /** Creates the advice (the starter does). */
    public ModuleStoreProblemAdvice() {
    }

    @ExceptionHandler(RedisStoreException.class)
    ResponseEntity<ProblemDetail> storeUnavailable(RedisStoreException e) {
        log.warn("module endpoint refused, store unavailable: {}", e.getMessage());
        ResponseEntity<ProblemDetail> problem = ModuleProblemAdvice.problem(503, "STORE_UNAVAILABLE",
                "the service is busy; try again in a moment");
        return ResponseEntity.status(503).header("Retry-After", "1").contentType(problem.getHeaders().getContentType())
                .body(problem.getBody());
    }
}
