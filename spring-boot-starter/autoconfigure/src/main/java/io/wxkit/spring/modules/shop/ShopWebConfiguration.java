package io.wxkit.spring.modules.shop;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.shop.ShopModule;
import io.wxkit.spring.modules.web.ModuleRequests;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shop endpoints, when there is a {@link ShopModule}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(ShopModule.class)
@ConditionalOnBean(ShopModule.class)
public class ShopWebConfiguration {
    @Bean
    @ConditionalOnMissingBean
    ShopEndpoints wxShopEndpoints(ShopModule shop, ModuleContext context, ModuleRequests requests) {
        return new ShopEndpoints(shop, context, requests);
    }

    @Bean
    @ConditionalOnMissingBean
    ShopAdminEndpoints wxShopAdminEndpoints(ShopModule shop, ModuleContext context, ModuleRequests requests) {
        return new ShopAdminEndpoints(shop, context, requests);
    }

    @Bean
    @ConditionalOnMissingBean
    ShopNotifyEndpoint wxShopNotifyEndpoint(ShopModule shop) {
        return new ShopNotifyEndpoint(shop);
    }
}
