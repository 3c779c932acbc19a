package io.wxkit.spring.modules.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Who is calling a module endpoint: the openid the application has authenticated (WeChat OAuth), or empty
 * when nobody is signed in. The module endpoints act only as this openid; an openid in a request body or
 * parameter is never trusted. Define a bean of this type to take the identity from elsewhere; the default
 * ({@link SessionModuleUserResolver}) reads the HTTP session attribute {@code "wxkit.user"}.
 */
@FunctionalInterface
public interface ModuleUserResolver {

    /**
     * The signed-in user's openid, or empty when nobody is signed in (answered 401 {@code NOT_SIGNED_IN} by
     * endpoints that need a user). Called on the request thread of every module request, so implementations
     * must be safe for concurrent use.
     *
     * @param request the current request
     * @return the openid, or empty
     */
    Optional<String> openid(HttpServletRequest request);
}
