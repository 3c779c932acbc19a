package io.wxkit.spring.actuate;

import io.micrometer.observation.ObservationRegistry;
import io.wxkit.core.dedup.DedupStore;
import io.wxkit.core.http.ApiCallListener;
import io.wxkit.mp.WxMp;
import io.wxkit.pay.observe.PayCallListener;
import io.wxkit.pay.WxPay;
import io.wxkit.spring.mp.WxCallbackCustomizer;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * wxkit's metrics through Micrometer's Observation API, when the application has an {@link ObservationRegistry}:
 * API calls ({@code wxkit.api.calls}, {@code wxkit.token.fetches}), callback handling ({@code wxkit.callback}),
 * dedup ({@code wxkit.dedup}), pay API calls ({@code wxkit.pay.calls}) and verified and refused pay notifications
 * ({@code wxkit.pay.notifications}). With Boot's
 * meter handler each becomes a timer tagged with its low-cardinality keys.
 *
 * <p>Applies when Micrometer's Observation API is on the classpath and the application has an
 * {@code ObservationRegistry} bean (Boot's actuator makes one); without it wxkit records no metrics.
 *
 * <p>Public because Spring Boot loads it by name from {@code AutoConfiguration.imports}; applications do not
 * use it directly (leave it out with {@code spring.autoconfigure.exclude}, or replace single beans, which
 * are {@code @ConditionalOnMissingBean}).
 */
@AutoConfiguration(after = WxStoreAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration", // Boot 4
        "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration"}) // Boot 3.5
@ConditionalOnClass(ObservationRegistry.class)
@ConditionalOnBean(ObservationRegistry.class)
public class WxObservationAutoConfiguration {
    /** The dedup beans of the store auto-configuration; an application's own DedupStore bean is left as it is. */
    static final Set<String> WXKIT_DEDUP_BEANS = Set.of("wxDedupStore", "wxRedisDedupStore");

    /** Observes the calls of every account the starter builds (sdk-core's {@link ApiCallListener} hook). */
    @Bean
    @ConditionalOnMissingBean
    ApiCallListener wxObservedApiCalls(ObservationRegistry registry) {
        return new ObservedApiCalls(registry);
    }

    @Bean
    static BeanPostProcessor wxObservedDedupStores(ObjectProvider<ObservationRegistry> registry) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DedupStore store && WXKIT_DEDUP_BEANS.contains(name)) {
                    return new ObservedDedupStore(store, registry.getObject(), "callbacks");
                }
                return bean;
            }
        };
    }

    /** Callback handling time per account. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(WxMp.class)
    static class Callbacks {
        @Bean
        @ConditionalOnMissingBean(name = "wxObservedCallbacks")
        WxCallbackCustomizer wxObservedCallbacks(ObservationRegistry registry) {
            return new ObservedCallbacks(registry);
        }
    }

    /** Pay API calls and verified and refused pay notifications. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(WxPay.class)
    static class Pay {
        @Bean
        @ConditionalOnMissingBean(name = "wxObservedPayNotifications")
        ObservedPayNotifications wxObservedPayNotifications(ObservationRegistry registry) {
            return new ObservedPayNotifications(registry);
        }

        /** Observes the calls of every merchant the starter builds (sdk-pay's {@link PayCallListener} hook). */
        @Bean
        @ConditionalOnMissingBean
        PayCallListener wxObservedPayCalls(ObservationRegistry registry) {
            return new ObservedPayCalls(registry);
        }
    }
}
