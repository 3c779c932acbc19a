package io.wxkit.spring.modules.web;

import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.Participant;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;

/**
 * What every module controller asks of a request: the signed-in user (only ever from the
 * {@link ModuleUserResolver}), the admin (only ever from the {@link ModuleAdminAuthorizer}), the client IP
 * and the keyset page.
 */
public final class ModuleRequests {
    private final ModuleUserResolver users;
    private final ModuleAdminAuthorizer admins;

    /** With {@code admins} null every admin request is refused. */
    public ModuleRequests(ModuleUserResolver users, ModuleAdminAuthorizer admins) {
        this.users = Objects.requireNonNull(users, "users");
        this.admins = admins;
    }

    /**
     * The signed-in user's openid.
     *
     * @throws ModuleAccessException 401 {@code NOT_SIGNED_IN}
     */
    public String openid(HttpServletRequest request) {
        return users.openid(request).orElseThrow(() ->
                new ModuleAccessException(401, "NOT_SIGNED_IN", "sign in with WeChat first"));
    }

    /** The signed-in user as a module participant. */
    public Participant user(HttpServletRequest request) {
        return Participant.of(openid(request));
    }

    /**
     * The admin's name for the audit log.
     *
     * @throws ModuleAccessException 403 {@code ADMIN_REQUIRED} when no authorizer is configured or it refuses
     */
    public String admin(HttpServletRequest request, String module) {
        if (admins == null) {
            throw new ModuleAccessException(403, "ADMIN_REQUIRED",
                    "admin endpoints are disabled: the application defines no ModuleAdminAuthorizer");
        }
        return admins.admin(request, module).orElseThrow(() ->
                new ModuleAccessException(403, "ADMIN_REQUIRED", "this needs the " + module + " admin role"));
    }

    /** The client address (behind a proxy, configure {@code server.forward-headers-strategy}). */
    public String ip(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    /** A keyset page: the first one without {@code cursor}, at most {@link PageRequest#MAX_SIZE} items. */
    public static PageRequest page(String cursor, Integer size) {
        int n = size == null ? 20 : size;
        return cursor == null || cursor.isBlank() ? PageRequest.first(n) : PageRequest.after(cursor, n);
    }
}
