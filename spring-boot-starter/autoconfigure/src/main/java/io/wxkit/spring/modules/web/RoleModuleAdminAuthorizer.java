package io.wxkit.spring.modules.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;

/**
 * The default {@link ModuleAdminAuthorizer} with Spring Security: the authenticated caller needs role
 * {@code WXKIT_ADMIN} (every module) or {@code WXKIT_<MODULE>_ADMIN} (one module, e.g.
 * {@code WXKIT_SHOP_ADMIN}); Spring Security's request wrapper answers {@code isUserInRole} from the
 * {@code ROLE_}-prefixed authorities. The principal's name goes into the audit log.
 */
public final class RoleModuleAdminAuthorizer implements ModuleAdminAuthorizer {
    /** The role that administers every module. */
    public static final String ADMIN_ROLE = "WXKIT_ADMIN";

    @Override
    public Optional<String> admin(HttpServletRequest request, String module) {
        Principal principal = request.getUserPrincipal();
        if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
            return Optional.empty();
        }
        String moduleRole = "WXKIT_" + module.toUpperCase(Locale.ROOT) + "_ADMIN";
        if (request.isUserInRole(ADMIN_ROLE) || request.isUserInRole(moduleRole)) {
            return Optional.of(principal.getName());
        }
        return Optional.empty();
    }
}
