package io.wxkit.spring.modules.web;

import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the body limit in front of every module endpoint. */
public final class ModuleWebMvc implements WebMvcConfigurer {
    private final String basePath;
    private final long maxBodyBytes;

    /** The limit {@code maxBodyBytes} on everything under {@code basePath}. */
    public ModuleWebMvc(String basePath, long maxBodyBytes) {
        if (basePath == null || !basePath.startsWith("/")) {
            throw new io.wxkit.spring.WxPropertyException("wxkit.modules.base-path", "must start with /");
        }
        if (maxBodyBytes < 1) {
            throw new io.wxkit.spring.WxPropertyException("wxkit.modules.max-body-bytes", "must be positive");
        }
        this.basePath = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new BodyLimitInterceptor(maxBodyBytes)).addPathPatterns(basePath + "/**");
    }
}
