package io.wxkit.examples.web;

import io.wxkit.examples.admin.AdminArea;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may open what. The H5 pages are public: the ones that need the WeChat user go through the starter's
 * OAuth filter, not through Spring Security. The admin console under {@code /admin/} needs a staff login
 * (staff accounts with BCrypt hashes in the app's database); each console area ({@link AdminArea}) opens for its
 * roles and the administrator's, anything else is the 403 page. WeChat's own callbacks and pay notifications
 * carry their own signatures, so they are exempt from CSRF; every form of the app keeps its CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Logins and authorization decisions stay observed (metrics and traces), the filter chain itself does not:
     * without this bean Spring Security wraps each of its ~15 filters, on every request, in an observation of its
     * own, and under load that wrapping was a measurable share of the app's CPU (docs/performance.md, "The
     * examples app at 200 users"). The request as a whole is still observed by Spring's
     * {@code http.server.requests}. These are Spring Security's own recommended defaults.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().build();
    }

    @Bean
    SecurityFilterChain examplesSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/admin/login", "/admin/css/**").permitAll();
                    for (AdminArea area : AdminArea.values()) {
                        auth.requestMatchers(area.path(), area.path() + "/**").hasAnyRole(area.roleNames());
                    }
                    auth.requestMatchers("/admin/**").authenticated()
                            .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
                            .requestMatchers("/actuator/**").hasRole("ADMINISTRATOR")
                            .anyRequest().permitAll();
                })
                .formLogin(form -> form.loginPage("/admin/login").defaultSuccessUrl("/admin/", false)
                        // back to the form with what was typed (the username; never the password)
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + "/admin/login?error&username=" + URLEncoder.encode(
                                String.valueOf(request.getParameter("username")), StandardCharsets.UTF_8)))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
                .exceptionHandling(ex -> ex.accessDeniedPage("/admin/denied"))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/wx/**", "/sso/redeem", "/sso/bind",
                        "/sso/session/**", "/sso/logout"))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }
}
