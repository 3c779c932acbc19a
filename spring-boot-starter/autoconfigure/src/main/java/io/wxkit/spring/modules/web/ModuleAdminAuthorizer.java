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
     * {@code module} ({@code vote}, {@code lottery}, {@code forum}, {@code shop}, {@code forms}, {@code member}),
     * or empty to refuse.
     */
    Optional<String> admin(HttpServletRequest request, String module);
}
