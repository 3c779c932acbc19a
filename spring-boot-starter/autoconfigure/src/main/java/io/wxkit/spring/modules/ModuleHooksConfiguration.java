package io.wxkit.spring.modules;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.spi.FollowerCheck;
import io.wxkit.modules.common.spi.QrCodeIssuer;
import io.wxkit.modules.common.spi.RedPacketSender;
import io.wxkit.modules.common.spi.TemplateNotifier;
import io.wxkit.modules.common.wechat.FollowerRegistry;
import io.wxkit.modules.common.wechat.MpQrCodeIssuer;
import io.wxkit.modules.common.wechat.MpTemplateNotifier;
import io.wxkit.modules.common.wechat.PayRedPacketSender;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.callback.Rule;
import io.wxkit.pay.WxPay;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The WeChat hooks of the {@link ModuleContext}, each from the application's own {@code WxMp} / {@code WxPay}
 * bean and each replaced by the application's bean of the same SPI type.
 */
@Configuration(proxyBeanMethods = false)
@Import({ModuleHooksConfiguration.FromMp.class, ModuleHooksConfiguration.Followers.class,
    ModuleHooksConfiguration.FromPay.class})
class ModuleHooksConfiguration {

    /** Template messages and poll QR codes through the single Official Account. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(WxMp.class)
    @ConditionalOnBean(WxMp.class)
    static class FromMp {

        @Bean
        @ConditionalOnMissingBean
        TemplateNotifier wxModuleTemplateNotifier(WxMp mp) {
            return MpTemplateNotifier.of(mp);
        }

        /** Temporary codes of 30 days, WeChat's maximum: permanent ones are capped at 100,000 per account. */
        @Bean
        @ConditionalOnMissingBean
        QrCodeIssuer wxModuleQrCodeIssuer(WxMp mp) {
            return MpQrCodeIssuer.temporary(mp, Duration.ofDays(30));
        }
    }

    /**
     * The follower check of follow-required activities, answered from the subscribe/unsubscribe events the
     * account's callback records (its two rules are beans, so the callback endpoint installs them) with
     * {@code users().get} as the fallback for unknown openids.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(WxMp.class)
    @ConditionalOnBean(WxMp.class)
    @ConditionalOnMissingBean(FollowerCheck.class)
    static class Followers {

        @Bean
        FollowerRegistry wxModuleFollowerRegistry(DataSource dataSource, WxMp mp) {
            // the registry needs only the database and the clock: a bare context gives it both
            return FollowerRegistry.create(ModuleContext.builder(dataSource).build(), mp);
        }

        @Bean
        Rule<?> wxModuleFollowedRule(FollowerRegistry registry) {
            return registry.rules().get(0);
        }

        @Bean
        Rule<?> wxModuleUnfollowedRule(FollowerRegistry registry) {
            return registry.rules().get(1);
        }
    }

    /** Red-packet prizes through the single merchant, once {@code wxkit.modules.red-packet.send-name} names the sender. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(WxPay.class)
    @ConditionalOnBean(WxPay.class)
    @ConditionalOnProperty(prefix = "wxkit.modules.red-packet", name = "send-name")
    static class FromPay {

        @Bean
        @ConditionalOnMissingBean
        RedPacketSender wxModuleRedPacketSender(WxPay pay, WxModulesProperties properties) {
            return PayRedPacketSender.of(pay, properties.getRedPacket().getSendName(), properties.getRedPacket().getWishing());
        }
    }
}
