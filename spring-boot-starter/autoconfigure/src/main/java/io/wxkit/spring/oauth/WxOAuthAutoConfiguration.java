package io.wxkit.spring.oauth;

import io.wxkit.mp.WxMp;
import io.wxkit.mp.WxMpRegistry;
import io.wxkit.mp.oauth.Scope;
import io.wxkit.spring.WxPropertyException;
import io.wxkit.spring.mp.WxMpAutoConfiguration;
import io.wxkit.spring.mp.WxMpProperties;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * WeChat web authorization for H5 pages ({@code wxkit.mp.oauth.enabled=true}): the interceptor on
 * {@code wxkit.mp.oauth.paths}, the callback and login-link endpoints, and {@code @WxUser} arguments.
 *
 * <p>Applies in a servlet web application with Spring MVC when {@code wxkit.mp.oauth.enabled=true} and at least
 * one Official Account is configured; the {@code wxkit.mp.oauth.*} settings are checked at startup and a
 * wrong one fails it with a {@link io.wxkit.spring.WxPropertyException}.
 *
 * <p>Public because Spring Boot loads it by name from {@code AutoConfiguration.imports}; applications do not
 * use it directly (leave it out with {@code spring.autoconfigure.exclude}, or replace single beans, which
 * are {@code @ConditionalOnMissingBean}).
 */
@AutoConfiguration(after = WxMpAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({WxMp.class, WebMvcConfigurer.class, RouterFunction.class})
@ConditionalOnBean(WxMpRegistry.class)
@ConditionalOnProperty(prefix = "wxkit.mp.oauth", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(WxOAuthProperties.class)
public class WxOAuthAutoConfiguration {

    @Bean
    OAuthLogin wxOAuthLogin(WxOAuthProperties properties, WxMpRegistry registry, ObjectProvider<WxMpProperties> mp) {
        validate(properties);
        String appId = OAuthAccount.choose(properties, registry, mp.getIfAvailable());
        Scope scope = properties.getScope() == WxOAuthProperties.OAuthScope.SNSAPI_USERINFO ? Scope.USERINFO : Scope.BASE;
        return new OAuthLogin(appId, registry.get(appId), scope, new RedirectUri(properties.getPublicBaseUrl(), properties.getCallbackPath()),
                properties.getStateTimeout(), Clock.systemUTC(), new SecureRandom());
    }

    /** The interceptor and the {@code @WxUser} resolver, added to Spring MVC. */
    @Bean
    @ConditionalOnMissingBean(name = "wxOAuthWebMvcConfigurer")
    WebMvcConfigurer wxOAuthWebMvcConfigurer(OAuthLogin login, WxOAuthProperties properties) {
        List<String> exclude = new ArrayList<>(properties.getExcludePaths());
        // the login's own endpoints must stay reachable without a user, whatever "paths" covers (e.g. /**)
        exclude.add(properties.getCallbackPath());
        exclude.add(properties.getLoginPath());
        WxOAuthInterceptor interceptor = new WxOAuthInterceptor(login, new PagePaths(properties.getPaths(), exclude));
        WxUserArgumentResolver resolver = new WxUserArgumentResolver(login.appId());
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(interceptor);
            }

            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(resolver);
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean(name = "wxOAuthRoutes")
    RouterFunction<ServerResponse> wxOAuthRoutes(OAuthLogin login, WxOAuthProperties properties) {
        OAuthWebHandler handler = new OAuthWebHandler(login);
        return RouterFunctions.route().GET(properties.getCallbackPath(), handler::callback)
                .GET(properties.getLoginPath(), handler::loginLink).build();
    }

    private static void validate(WxOAuthProperties p) {
        requirePath("wxkit.mp.oauth.callback-path", p.getCallbackPath());
        requirePath("wxkit.mp.oauth.login-path", p.getLoginPath());
        if (p.getCallbackPath().equals(p.getLoginPath())) {
            throw new WxPropertyException("wxkit.mp.oauth.login-path", "must differ from wxkit.mp.oauth.callback-path");
        }
        String base = p.getPublicBaseUrl();
        if (base != null && !base.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
            throw new WxPropertyException("wxkit.mp.oauth.public-base-url",
                    "must be an http(s) origin such as https://h5.example.com (no query or fragment)");
        }
        if (p.getStateTimeout() == null || p.getStateTimeout().isNegative() || p.getStateTimeout().isZero()) {
            throw new WxPropertyException("wxkit.mp.oauth.state-timeout", "must be a positive duration");
        }
        if (p.getScope() == null) {
            throw new WxPropertyException("wxkit.mp.oauth.scope", "must be snsapi_base or snsapi_userinfo");
        }
    }

    private static void requirePath(String property, String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//")) {
            throw new WxPropertyException(property, "must be a path starting with a single '/'");
        }
    }
}
