package io.wxkit.examples.biz;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The business systems' server-to-server endpoints carry their own HMAC signatures (checked in
 * {@link BizServerEndpoints}) and no browser session, so they sit outside the app's CSRF protection; a chain of
 * their own keeps that exemption next to the endpoints instead of in the app-wide configuration.
 */
@Configuration(proxyBeanMethods = false)
class BizSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain bizServerToServer(HttpSecurity http) throws Exception {
        http.securityMatcher("/biz/*/sso/verify", "/biz/*/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.disable())
                .requestCache(c -> c.disable());
        return http.build();
    }
}
