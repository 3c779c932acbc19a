package io.wxkit.spring.modules;

import io.wxkit.core.ratelimit.RateLimiter;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.RateLimits;
import io.wxkit.modules.common.spi.FollowerCheck;
import io.wxkit.modules.common.spi.ModuleEventListener;
import io.wxkit.modules.common.spi.QrCodeIssuer;
import io.wxkit.modules.common.spi.RedPacketSender;
import io.wxkit.modules.common.spi.TemplateNotifier;
import io.wxkit.spring.WxPropertyException;
import io.wxkit.spring.mp.WxMpAutoConfiguration;
import io.wxkit.spring.pay.WxPayAutoConfiguration;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;

/**
 * The domain modules on the application's {@link DataSource}: one {@link ModuleContext} wired with what
 * the application has (follower check, template messages and QR codes from the {@code WxMp} bean, red
 * packets from the {@code WxPay} bean, the rate limiter of the store auto-configuration) and one bean per
 * module enabled with {@code wxkit.modules.<name>.enabled=true}. Nothing happens, and no migration runs,
 * unless at least one module is enabled.
 *
 * <p>Applies when wxkit-module-common is on the classpath, the application has a {@code DataSource} bean and at
 * least one {@code wxkit.modules.<name>.enabled} is {@code true}; each module's bean also needs that module's
 * jar.
 *
 * <p>Public because Spring Boot loads it by name from {@code AutoConfiguration.imports}; applications do not
 * use it directly (leave it out with {@code spring.autoconfigure.exclude}, or replace single beans, which
 * are {@code @ConditionalOnMissingBean}).
 */
@AutoConfiguration(after = {WxStoreAutoConfiguration.class, WxMpAutoConfiguration.class, WxPayAutoConfiguration.class},
        afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"})
@ConditionalOnClass(ModuleContext.class)
@ConditionalOnBean(DataSource.class)
@Conditional(AnyModuleEnabledCondition.class)
@EnableConfigurationProperties(WxModulesProperties.class)
@Import({ModuleHooksConfiguration.class, ModuleBeansConfiguration.class})
public class WxModulesAutoConfiguration {

    /**
     * The context every module runs on. Module events go to the application's {@link ModuleEventListener}
     * bean, or else are published as Spring application events (listen with {@code @EventListener VoteCast}).
     */
    @Bean
    @ConditionalOnMissingBean
    ModuleContext wxModuleContext(DataSource dataSource, WxModulesProperties properties,
                                  ObjectProvider<RateLimiter> rateLimiter, ObjectProvider<FollowerCheck> followers,
                                  ObjectProvider<TemplateNotifier> templates, ObjectProvider<QrCodeIssuer> qrCodes,
                                  ObjectProvider<RedPacketSender> redPackets, ObjectProvider<ModuleEventListener> listener,
                                  ApplicationEventPublisher publisher) {
        ModuleContext.Builder b = ModuleContext.builder(dataSource).rateLimits(rateLimits(properties.getRateLimit()));
        rateLimiter.ifUnique(b::rateLimiter);
        followers.ifUnique(b::followers);
        templates.ifUnique(b::templates);
        qrCodes.ifUnique(b::qrCodes);
        redPackets.ifUnique(b::redPackets);
        ModuleEventListener events = listener.getIfUnique();
        b.events(events != null ? events : publisher::publishEvent);
        return b.build();
    }

    private static RateLimits rateLimits(WxModulesProperties.RateLimit limit) {
        try {
            return new RateLimits(limit.getPerOpenid(), limit.getPerIp(), limit.getWindow());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new WxPropertyException("wxkit.modules.rate-limit", "per-openid, per-ip and window must be positive");
        }
    }
}
