package io.wxkit.spring.pay;

import io.wxkit.core.dedup.DedupStore;
import io.wxkit.pay.observe.PayCallListener;
import io.wxkit.pay.WxPay;
import io.wxkit.pay.WxPayRegistry;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import java.util.LinkedHashSet;
import java.util.Set;
import okhttp3.HttpUrl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * WeChat Pay from {@code wxkit.pay.*}: a {@link WxPayRegistry} of every merchant, the single merchant as
 * a {@link WxPay} bean, and (in a servlet web application) the notification endpoint that verifies,
 * dedupes and publishes {@link PaymentSucceededEvent}, {@link RefundSucceededEvent},
 * {@link TransferFinishedEvent} and {@link PayNotificationEvent}.
 *
 * <p>Applies when wxkit-pay is on the classpath and {@code wxkit.pay.mch-id} or a
 * {@code wxkit.pay.merchants.<name>} is set; a wrong setting fails the startup with a
 * {@link io.wxkit.spring.WxPropertyException} naming it.
 *
 * <p>Public because Spring Boot loads it by name from {@code AutoConfiguration.imports}; applications do not
 * use it directly (leave it out with {@code spring.autoconfigure.exclude}, or replace single beans, which
 * are {@code @ConditionalOnMissingBean}).
 */
@AutoConfiguration(after = WxStoreAutoConfiguration.class)
@ConditionalOnClass(WxPay.class)
@Conditional(WxPayConfiguredCondition.class)
@EnableConfigurationProperties(WxPayProperties.class)
public class WxPayAutoConfiguration {

    /** Every merchant, each reporting its API calls to the application's {@link PayCallListener}, if any (metrics). */
    @Bean(destroyMethod = "close")
    PayMerchants wxPayMerchants(WxPayProperties properties, ObjectProvider<PayCallListener> listener) {
        return new PayMerchants(PayMerchantFactory.create(properties, listener.getIfUnique()));
    }

    /** Every merchant by mchId, each notify URL's path routed to its merchant. Closing is the merchants bean's. */
    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean
    WxPayRegistry wxPayRegistry(PayMerchants merchants) {
        WxPayRegistry registry = WxPayRegistry.create();
        merchants.all().forEach(m -> registry.register(m.pay()));
        return registry;
    }

    @Bean(destroyMethod = "")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "wxkit.pay", name = "mch-id")
    WxPay wxPay(PayMerchants merchants) {
        return merchants.all().get(0).pay();
    }

    /** What the health indicator reports of each merchant's certificate and verification keys. */
    @Bean
    @ConditionalOnMissingBean
    WxPayKeyInventory wxPayKeyInventory(PayMerchants merchants) {
        return WxPayKeyInventory.of(merchants);
    }

    /** The notification endpoint on {@code notify-path} and every configured notify URL's path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(RouterFunction.class)
    static class NotificationEndpoint {

        @Bean
        @ConditionalOnMissingBean(name = "wxPayNotificationRoutes")
        RouterFunction<ServerResponse> wxPayNotificationRoutes(WxPayRegistry registry, PayMerchants merchants,
                                                               WxPayProperties properties, DedupStore dedupStore,
                                                               ApplicationEventPublisher events,
                                                               ObjectProvider<PayNotificationRefusals> refusals) {
            PayNotificationWebHandler handler = new PayNotificationWebHandler(registry,
                    new PayNotificationPublisher(dedupStore, events), properties.getMaxNotificationBytes(),
                    refusals.orderedStream().toList());
            Set<String> paths = new LinkedHashSet<>();
            paths.add(properties.getNotifyPath());
            for (PayMerchantFactory.Merchant m : merchants.all()) {
                addPath(paths, m.settings().getNotifyUrl());
                addPath(paths, m.settings().getRefundNotifyUrl());
            }
            RouterFunctions.Builder routes = RouterFunctions.route();
            paths.forEach(p -> routes.POST(p, handler::handle));
            return routes.build();
        }

        private static void addPath(Set<String> paths, String url) {
            HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
            if (parsed != null) {
                paths.add(parsed.encodedPath());
            }
        }
    }
}
