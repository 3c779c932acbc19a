package io.wxkit.spring.sso;

import io.wxkit.core.ratelimit.RateLimiter;
import io.wxkit.core.ticket.TicketStore;
import io.wxkit.mp.WxMpRegistry;
import io.wxkit.spring.mp.WxMpAutoConfiguration;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import io.wxkit.sso.SsoBroker;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The SSO broker ({@code wxkit.sso.enabled=true}): an {@link SsoBroker} on the application's {@link DataSource}
 * (migrated with its own Flyway history table when the bean is built), tickets and rate limits in the stores of
 * {@code wxkit.store}, and its endpoints under {@code wxkit.sso.base-path}.
 *
 * <p>Applies when wxkit-sso is on the classpath, {@code wxkit.sso.enabled=true}, and the application has a
 * {@code DataSource} bean and at least one Official Account; the {@code wxkit.sso.*} settings are checked when
 * the broker is built, and a wrong one fails the startup with a {@link io.wxkit.spring.WxPropertyException}.
 *
 * <p>Public because Spring Boot loads it by name from {@code AutoConfiguration.imports}; applications do not
 * use it directly (leave it out with {@code spring.autoconfigure.exclude}, or replace single beans, which
 * are {@code @ConditionalOnMissingBean}).
 */
@AutoConfiguration(after = {WxStoreAutoConfiguration.class, WxMpAutoConfiguration.class}, afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration", // Boot 4
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"}) // Boot 3.5
@ConditionalOnClass(SsoBroker.class)
@ConditionalOnProperty(prefix = "wxkit.sso", name = "enabled", havingValue = "true")
@ConditionalOnBean({DataSource.class, WxMpRegistry.class})
@EnableConfigurationProperties(WxSsoProperties.class)
public class WxSsoAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SsoBroker wxSsoBroker(WxSsoProperties properties, DataSource dataSource, WxMpRegistry registry,
                          ObjectProvider<TicketStore> tickets, ObjectProvider<RateLimiter> limits) {
        SsoSettings.validate(properties);
        byte[] key = SsoSettings.masterKey(properties);
        SsoBroker.Builder b = SsoBroker.builder().dataSource(dataSource)
                .mp(registry.get(SsoSettings.appId(properties, registry)))
                .publicBaseUrl(properties.getPublicBaseUrl()).masterKey(key)
                .ticketTtl(properties.getTicketTtl()).stateTtl(properties.getStateTtl())
                .sessionLifetime(properties.getSessionLifetime());
        tickets.ifAvailable(b::ticketStore);
        limits.ifAvailable(b::rateLimiter);
        java.util.Arrays.fill(key, (byte) 0);
        return b.build();
    }

    /** {@code sso.http()} under {@code wxkit.sso.base-path}, for servlet applications. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(RouterFunction.class)
    static class Web {

        @Bean
        @ConditionalOnMissingBean(name = "wxSsoRoutes")
        RouterFunction<ServerResponse> wxSsoRoutes(SsoBroker broker, WxSsoProperties properties) {
            SsoWebHandler handler = new SsoWebHandler(broker.http(), properties.getBasePath(), properties.getMaxBodyBytes());
            String pattern = properties.getBasePath() + "/**";
            return RouterFunctions.route().GET(pattern, handler::handle).POST(pattern, handler::handle).build();
        }
    }
}
