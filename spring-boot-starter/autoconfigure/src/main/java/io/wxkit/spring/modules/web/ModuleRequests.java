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

    /**
     * Requests answered by {@code users} and {@code admins}. The starter makes the bean from the
     * application's {@link ModuleUserResolver} and {@link ModuleAdminAuthorizer} beans.
     *
     * @param users who is signed in
     * @param admins who may administer, or {@code null} to refuse every admin request
     * @throws NullPointerException if {@code users} is {@code null}
     */
    public ModuleRequests(ModuleUserResolver users, ModuleAdminAuthorizer admins) {
        this.users = Objects.requireNonNull(users, "users");
        this.admins = admins;
    }

    /**
     * The signed-in user's openid, from the {@link ModuleUserResolver} only.
     *
     * @param request the current request
     * @return the openid
     * @throws ModuleAccessException 401 {@code NOT_SIGNED_IN} if nobody is signed in
     */
    public String openid(HttpServletRequest request) {
        return users.openid(request).orElseThrow(() ->
                new ModuleAccessException(401, "NOT_SIGNED_IN", "sign in with WeChat first"));
    }

    /**
     * The signed-in user as a module participant.
     *
     * @param request the current request
     * @return the participant with the user's openid
     * @throws ModuleAccessException 401 {@code NOT_SIGNED_IN} if nobody is signed in
     */
    public Participant user(HttpServletRequest request) {
        return Participant.of(openid(request));
    }

    /**
     * The admin's name for the audit log, from the {@link ModuleAdminAuthorizer} only.
     *
     * @param request the current request
     * @param module the module administered ({@code vote}, {@code lottery}, {@code forum}, {@code shop},
     *        {@code forms} or {@code member})
     * @return the admin's name
     * @throws ModuleAccessException 403 {@code ADMIN_REQUIRED} if no authorizer is configured or it refuses
     */
    public String admin(HttpServletRequest request, String module) {
        if (admins == null) {
            throw new ModuleAccessException(403, "ADMIN_REQUIRED",
                    "admin endpoints are disabled: the application defines no ModuleAdminAuthorizer");
        }
        return admins.admin(request, module).orElseThrow(() ->
                new ModuleAccessException(403, "ADMIN_REQUIRED", "this needs the " + module + " admin role"));
    }

    /**
     * The client address the per-IP rate limit counts: the servlet's remote address. Behind a reverse proxy
     * it is the proxy's unless {@code server.forward-headers-strategy} is set.
     *
     * @param request the current request
     * @return the client IP
     */
    public String ip(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    /**
     * A keyset page from the {@code cursor} and {@code size} query parameters: the first page without
     * {@code cursor}, 20 items without {@code size}.
     *
     * @param cursor the {@code next} of the previous {@link PageView}, or {@code null} or blank for the first page
     * @param size how many items, 1 to {@value PageRequest#MAX_SIZE}, or {@code null} for 20
     * @return the page request
     * @throws io.wxkit.modules.common.ModuleException {@code INVALID_INPUT} if {@code size} is out of range or
     *         {@code cursor} is malformed
     */
    public static PageRequest page(String cursor, Integer size) {
        int n = size == null ? 20 : size;
        return cursor == null || cursor.isBlank() ? PageRequest.first(n) : PageRequest.after(cursor, n);
    }
}
