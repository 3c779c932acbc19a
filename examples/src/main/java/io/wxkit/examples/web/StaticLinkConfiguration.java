package io.wxkit.examples.web;

import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Registers {@link StaticLinkEncodingFilter} in place of Boot's resource URL encoding filter (Thymeleaf's
 * auto-configuration backs off when a {@code ResourceUrlEncodingFilter} registration exists), with the same
 * dispatcher types.
 */
@Configuration(proxyBeanMethods = false)
class StaticLinkConfiguration {

    // typed as Boot's filter: its @ConditionalOnMissingFilterBean matches the registration's declared generic type
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> staticLinkEncodingFilter(WebProperties web, WebMvcProperties mvc)
            throws IOException {
        StaticResourcePaths statics = StaticResourcePaths.scan(Arrays.asList(web.getResources().getStaticLocations()),
                servedUnder(mvc.getStaticPathPattern()), servedUnder(mvc.getWebjarsPathPattern()) + "/");
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new StaticLinkEncodingFilter(statics));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    // "/**" -> "", "/assets/**" -> "/assets"
    private static String servedUnder(String pattern) {
        if (!pattern.endsWith("/**")) {
            throw new IllegalStateException("static and WebJars path patterns must end in /** (found " + pattern
                    + "): StaticLinkEncodingFilter lists their files under that prefix");
        }
        return pattern.substring(0, pattern.length() - 3);
    }
}
