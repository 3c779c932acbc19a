package io.wxkit.spring.modules.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Decides whether the caller may use a module's admin endpoints (create polls, activities, products and
 * forms; moderation; shipping and refunds; member administration). The application implements it; with
 * Spring Security on the classpath the default is {@link RoleModuleAdminAuthorizer}. Without any authorizer
 * every admin endpoint answers 403: they are never open.
 */
@FunctionalInterface
public interface ModuleAdminAuthorizer {

    /**
     * The name of the admin to record in the module's audit log when the caller may administer
     * {@code module}, or empty to refuse (answered 403 {@code ADMIN_REQUIRED}). Called on the request thread of
     * every admin request, so implementations must be safe for concurrent use.
     *
     * @param request the admin request
     * @param module the module asked for: {@code vote}, {@code lottery}, {@code forum}, {@code shop},
     *        {@code forms} or {@code member}
     * @return the admin's name, or empty to refuse
     */
    Optional<String> admin(HttpServletRequest request, String module);
}
