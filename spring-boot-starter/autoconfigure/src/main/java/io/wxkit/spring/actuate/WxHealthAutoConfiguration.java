package io.wxkit.spring.actuate;

import io.wxkit.core.dedup.DedupStore;
import io.wxkit.core.token.TokenStore;
import io.wxkit.mp.WxMpRegistry;
import io.wxkit.pay.WxPay;
import io.wxkit.spring.mp.WxMpAutoConfiguration;
import io.wxkit.spring.pay.WxPayAutoConfiguration;
import io.wxkit.spring.pay.WxPayKeyInventory;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import java.time.Clock;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code wxkit} health indicator (token freshness per account, Redis when wxkit's stores are on it, each pay
 * merchant's certificate and key expiry), for
 * Boot 4's health API or Boot 3.5's, whichever is on the classpath.
 *
 * <p>Applies when wxkit-mp is on the classpath, a {@code TokenStore} bean exists (from
 * {@link WxStoreAutoConfiguration}) and at least one Official Account ({@code wxkit.mp.*}) or pay merchant
 * ({@code wxkit.pay.*}) is configured; the indicator itself needs Boot's health API on the classpath and
 * calls nothing at startup.
 *
 * <p>Public because Spring Boot loads it by name from {@code AutoConfiguration.imports}; applications do not
 * use it directly (leave it out with {@code spring.autoconfigure.exclude}, or replace single beans, which
 * are {@code @ConditionalOnMissingBean}).
 */
@AutoConfiguration(after = {WxStoreAutoConfiguration.class, WxMpAutoConfiguration.class, WxPayAutoConfiguration.class})
@ConditionalOnClass(WxMpRegistry.class)
@ConditionalOnBean(TokenStore.class)
@Conditional(WxHealthAutoConfiguration.AccountOrMerchant.class)
public class WxHealthAutoConfiguration {
    static final String NAME = "wxkitHealthIndicator";

    @Bean
    @ConditionalOnMissingBean
    WxHealthCheck wxHealthCheck(ObjectProvider<WxMpRegistry> registry, TokenStore tokens, ObjectProvider<DedupStore> dedup,
                                ObjectProvider<PayKeyHealth> pay, ConfigurableListableBeanFactory beans) {
        // the Redis probe reads through the fail-closed view, which throws instead of answering from memory
        DedupStore redis = beans.containsBean("wxRedisStores") ? dedup.getObject().failClosed() : null;
        WxMpRegistry accounts = registry.getIfAvailable();
        return new WxHealthCheck(accounts == null ? null : () -> Set.copyOf(accounts.appIds()), tokens, redis,
                pay.getIfAvailable(), Clock.systemUTC());
    }

    /** An Official Account or a pay merchant is configured (either alone is worth a health report). */
    static class AccountOrMerchant extends AnyNestedCondition {
        AccountOrMerchant() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(WxMpRegistry.class)
        static class Account {
        }

        @ConditionalOnBean(type = "io.wxkit.spring.pay.WxPayKeyInventory")
        static class Merchant {
        }
    }

    /** The merchants' certificate and key expiry, with sdk-pay and a configured merchant. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(WxPay.class)
    @ConditionalOnBean(WxPayKeyInventory.class)
    static class PayKeys {
        @Bean
        @ConditionalOnMissingBean
        PayKeyHealth wxPayKeyHealth(WxPayKeyInventory inventory) {
            return new PayKeyHealth(inventory);
        }
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

    /** Boot 3.5's API, only where Boot 4's is absent (a classpath may carry both; Boot 4's wins). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    @ConditionalOnMissingClass("org.springframework.boot.health.contributor.HealthIndicator")
    static class Boot3 {
        @Bean(name = NAME)
        @ConditionalOnMissingBean(name = NAME)
        Boot3HealthIndicator wxkitHealthIndicator(WxHealthCheck check) {
            return new Boot3HealthIndicator(check);
        }
    }
}
