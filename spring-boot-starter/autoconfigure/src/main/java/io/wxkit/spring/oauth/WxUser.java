package io.wxkit.spring.oauth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the session's {@link WxUserPrincipal} into a controller method:
 * <pre>{@code
 * @GetMapping("/h5/me") String me(@WxUser WxUserPrincipal user) { return user.openid(); }
 * }</pre>
 * A required user that is missing answers 401 (the page's path is not under {@code wxkit.mp.oauth.paths});
 * with {@code required = false} the parameter is {@code null} instead.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WxUser {
    /**
     * Whether a request whose session has no WeChat user is refused with 401 rather than given {@code null}.
     *
     * @return {@code true} (the default) to refuse, {@code false} to pass {@code null}
     */
    boolean required() default true;
}
