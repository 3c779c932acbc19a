package io.wxkit.examples.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may open what. The H5 pages are public: the ones that need the WeChat user go through the starter's
 * OAuth filter, not through Spring Security. The admin console under {@code /admin/} needs a staff login
 * (roles per console area are set by the admin features). WeChat's own callbacks and pay notifications carry
 * their own signatures, so they are exempt from CSRF; every form of the app keeps its CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain examplesSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/admin/login", "/admin/css/**").permitAll()
                        .requestMatchers("/admin/**").authenticated()
                        .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMINISTRATOR")
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/admin/login").defaultSuccessUrl("/admin/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/wx/**", "/sso/redeem", "/sso/bind",
                        "/sso/session/**", "/sso/logout"))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }
}
