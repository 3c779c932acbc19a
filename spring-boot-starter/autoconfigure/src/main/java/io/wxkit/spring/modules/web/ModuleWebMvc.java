package io.wxkit.spring.modules.web;

import io.wxkit.spring.WxPropertyException;

import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the request guard (body limit, JSON-only writes) in front of every module endpoint. A bean of
 * {@code WxModulesWebAutoConfiguration}, made from {@code wxkit.modules.base-path} and
 * {@code wxkit.modules.max-body-bytes}; public only so that Spring MVC can call it, applications have no use for
 * it.
 */
public final class ModuleWebMvc implements WebMvcConfigurer {
    private final String basePath;
    private final long maxBodyBytes;

    /**
     * The limit {@code maxBodyBytes} on everything under {@code basePath}.
     *
     * @param basePath the modules' base path, starting with {@code /} (a trailing {@code /} is dropped)
     * @param maxBodyBytes the largest request body, in bytes; positive
     * @throws io.wxkit.spring.WxPropertyException naming {@code wxkit.modules.base-path} or
     *         {@code wxkit.modules.max-body-bytes} when one is invalid
     */
    public ModuleWebMvc(String basePath, long maxBodyBytes) {
        if (basePath == null || !basePath.startsWith("/")) {
            throw new WxPropertyException("wxkit.modules.base-path", "must start with /");
        }
        if (maxBodyBytes < 1) {
            throw new WxPropertyException("wxkit.modules.max-body-bytes", "must be positive");
        }
        this.basePath = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Registers the guard for {@code <basePath>/**}; Spring MVC calls it once at startup.
     *
     * @param registry Spring MVC's interceptor registry
     */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ModuleRequestGuard(maxBodyBytes)).addPathPatterns(basePath + "/**");
    }
}
