package io.wxkit.spring.actuate;

import io.wxkit.core.dedup.DedupStore;
import io.wxkit.core.token.TokenStore;
import io.wxkit.mp.WxMpRegistry;
import io.wxkit.spring.mp.WxMpAutoConfiguration;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import java.time.Clock;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code wxkit} health indicator (token freshness per account, Redis when wxkit's stores are on it), for
 * Boot 4's health API or Boot 3.5's, whichever is on the classpath.
 */
@AutoConfiguration(after = {WxStoreAutoConfiguration.class, WxMpAutoConfiguration.class})
@ConditionalOnClass(WxMpRegistry.class)
@ConditionalOnBean({WxMpRegistry.class, TokenStore.class})
public class WxHealthAutoConfiguration {
    static final String NAME = "wxkitHealthIndicator";

    @Bean
    @ConditionalOnMissingBean
    WxHealthCheck wxHealthCheck(WxMpRegistry registry, TokenStore tokens, ObjectProvider<DedupStore> dedup,
                                ConfigurableListableBeanFactory beans) {
        // the Redis probe reads through the fail-closed view, which throws instead of answering from memory
        DedupStore redis = beans.containsBean("wxRedisStores") ? dedup.getObject().failClosed() : null;
        return new WxHealthCheck(() -> Set.copyOf(registry.appIds()), tokens, redis, Clock.systemUTC());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class Boot4 {
        @Bean(name = NAME)
        @ConditionalOnMissingBean(name = NAME)
        Boot4HealthIndicator wxkitHealthIndicator(WxHealthCheck check) {
            return new Boot4HealthIndicator(check);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    static class Boot3 {
        @Bean(name = NAME)
        @ConditionalOnMissingBean(name = NAME)
        Boot3HealthIndicator wxkitHealthIndicator(WxHealthCheck check) {
            return new Boot3HealthIndicator(check);
        }
    }
}
