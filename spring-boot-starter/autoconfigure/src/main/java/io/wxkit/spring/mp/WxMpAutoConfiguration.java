package io.wxkit.spring.mp;

import io.wxkit.core.dedup.DedupStore;
import io.wxkit.core.http.ApiCallListener;
import io.wxkit.core.token.TokenStore;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.WxMpRegistry;
import io.wxkit.mp.callback.Rule;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Official Accounts from {@code wxkit.mp.*}: a {@link WxMpRegistry} of every account, the single
 * account as a {@link WxMp} bean, and their callback handlers ({@code Rule} beans plus
 * {@link WxMessageHandler}/{@link WxEventHandler} methods).
 *
 * <p>Applies when wxkit-mp is on the classpath and {@code wxkit.mp.app-id} or a {@code wxkit.mp.accounts.<name>}
 * is set; a wrong setting fails the startup with a {@link io.wxkit.spring.WxPropertyException} naming it. The
 * {@code WxMp} bean exists only with {@code wxkit.mp.app-id}. Nothing calls WeChat at startup: tokens are
 * fetched on first use.
 *
 * <p>Public because Spring Boot loads it by name from {@code AutoConfiguration.imports}; applications do not
 * use it directly (leave it out with {@code spring.autoconfigure.exclude}, or replace single beans, which
 * are {@code @ConditionalOnMissingBean}).
 */
@AutoConfiguration(after = WxStoreAutoConfiguration.class)
@ConditionalOnClass(WxMp.class)
@Conditional(WxMpConfiguredCondition.class)
@EnableConfigurationProperties(WxMpProperties.class)
public class WxMpAutoConfiguration {

    @Bean(destroyMethod = "close")
    MpAccounts wxMpAccounts(WxMpProperties properties, TokenStore tokenStore, ObjectProvider<WxExternalTokens> external,
                            ObjectProvider<ApiCallListener> apiCallListener) {
        return new MpAccounts(new MpAccountFactory(tokenStore, external.getIfAvailable(), apiCallListener.getIfAvailable())
                .create(properties));
    }

    /** Every configured account by appId. Closing is left to the accounts bean, which made them. */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean
    WxMpRegistry wxMpRegistry(MpAccounts accounts) {
        WxMpRegistry registry = WxMpRegistry.create();
        accounts.all().forEach(a -> registry.register(a.mp()));
        return registry;
    }

    /** The account configured directly under {@code wxkit.mp.*}. */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "wxkit.mp", name = "app-id")
    WxMp wxMp(MpAccounts accounts) {
        return accounts.all().get(0).mp();
    }

    @Bean
    static HandlerMethodCollector wxHandlerMethodCollector() {
        return new HandlerMethodCollector();
    }

    @Bean
    @ConditionalOnMissingBean
    WxCallbackEndpoints wxCallbackEndpoints(MpAccounts accounts, ObjectProvider<Rule<?>> rules,
                                            HandlerMethodCollector methods,
                                            ObjectProvider<WxCallbackCustomizer> customizers, DedupStore dedupStore) {
        return new WxCallbackEndpoints(accounts, rules.orderedStream().toList(), methods,
                customizers.orderedStream().toList(), dedupStore);
    }
}
