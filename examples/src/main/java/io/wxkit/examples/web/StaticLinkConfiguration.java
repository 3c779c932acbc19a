package io.wxkit.examples.web;

import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link StaticLinkEncodingFilter} in place of Boot's resource URL encoding filter (Thymeleaf's
 * auto-configuration backs off when a {@code ResourceUrlEncodingFilter} bean exists), with the same dispatcher
 * types.
 */
@Configuration(proxyBeanMethods = false)
class StaticLinkConfiguration {

    @Bean
    StaticLinkEncodingFilter staticLinkEncodingFilter(WebProperties web, WebMvcProperties mvc) throws IOException {
        return new StaticLinkEncodingFilter(StaticResourcePaths.scan(
                Arrays.asList(web.getResources().getStaticLocations()), servedUnder(mvc.getStaticPathPattern()),
                servedUnder(mvc.getWebjarsPathPattern()) + "/"));
    }

    @Bean
    FilterRegistrationBean<StaticLinkEncodingFilter> staticLinkEncodingRegistration(StaticLinkEncodingFilter filter) {
        FilterRegistrationBean<StaticLinkEncodingFilter> registration = new FilterRegistrationBean<>(filter);
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
