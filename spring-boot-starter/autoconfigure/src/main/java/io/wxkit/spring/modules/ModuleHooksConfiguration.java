package io.wxkit.spring.modules;

import io.wxkit.core.message.Subscribe;
import io.wxkit.core.message.Unsubscribe;
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
import io.wxkit.mp.WxMpRegistry;
import io.wxkit.mp.callback.CallbackContext;
import io.wxkit.mp.callback.CallbackInterceptor;
import io.wxkit.pay.WxPay;
import io.wxkit.spring.mp.WxCallbackCustomizer;
import io.wxkit.spring.mp.WxMpProperties;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The WeChat hooks of the {@link ModuleContext}, each from the application's own {@code WxMp} / {@code WxPay}
 * bean (or the account {@code wxkit.modules.account} names) and each replaced by the application's bean of the
 * same SPI type.
 */
@Configuration(proxyBeanMethods = false)
@Import({ModuleHooksConfiguration.Account.class, ModuleHooksConfiguration.FromMp.class,
    ModuleHooksConfiguration.Followers.class, ModuleHooksConfiguration.FromPay.class})
class ModuleHooksConfiguration {

    /** A single account under {@code wxkit.mp}, or {@code wxkit.modules.account} naming one of several. */
    static class AccountChosen extends AnyNestedCondition {
        AccountChosen() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnSingleCandidate(WxMp.class)
        static class Single {
        }

        @ConditionalOnProperty(prefix = "wxkit.modules", name = "account")
        static class Named {
        }
    }

    /** Resolves (and validates, at startup) the account of the hooks below. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(WxMp.class)
    @Conditional(AccountChosen.class)
    static class Account {
        @Bean
        ModuleAccount wxModuleAccount(WxModulesProperties properties, ObjectProvider<WxMp> single,
                                      ObjectProvider<WxMpProperties> accounts, ObjectProvider<WxMpRegistry> registry) {
            return ModuleAccount.resolve(properties.getAccount(), single.getIfUnique(), accounts.getIfAvailable(),
                    registry.getIfAvailable());
        }
    }

    /** Template messages and poll QR codes through the modules' Official Account. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(WxMp.class)
    @Conditional(AccountChosen.class)
    static class FromMp {

        @Bean
        @ConditionalOnMissingBean
        TemplateNotifier wxModuleTemplateNotifier(ModuleAccount account) {
            return MpTemplateNotifier.of(account.mp());
        }

        /** Temporary codes of 30 days, WeChat's maximum: permanent ones are capped at 100,000 per account. */
        @Bean
        @ConditionalOnMissingBean
        QrCodeIssuer wxModuleQrCodeIssuer(ModuleAccount account) {
            return MpQrCodeIssuer.temporary(account.mp(), Duration.ofDays(30));
        }
    }

    /**
     * The follower check of follow-required activities, answered from the subscribe/unsubscribe events the
     * account's callback records (in that account's callback only: another account's followers have other
     * openids) with {@code users().get} as the fallback for unknown openids.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(WxMp.class)
    @Conditional(AccountChosen.class)
    @ConditionalOnMissingBean(FollowerCheck.class)
    static class Followers {

        @Bean
        FollowerRegistry wxModuleFollowerRegistry(DataSource dataSource, ModuleAccount account) {
            // the registry needs only the database and the clock: a bare context gives it both
            return FollowerRegistry.create(ModuleContext.builder(dataSource).build(), account.mp());
        }

        /**
         * Records follows before any rule runs (an interceptor, not a rule: the application's welcome rule for
         * the subscribe event answers and stops routing, which would hide the event from a rule after it).
         */
        @Bean
        WxCallbackCustomizer wxModuleFollowerRules(FollowerRegistry registry, ModuleAccount account) {
            CallbackInterceptor recorder = new CallbackInterceptor() {
                @Override
                public boolean before(CallbackContext context) {
                    if (context.message() instanceof Subscribe e) {
                        registry.record(e.fromUser(), true, e.createTime(), "event");
                    } else if (context.message() instanceof Unsubscribe e) {
                        registry.record(e.fromUser(), false, e.createTime(), "event");
                    }
                    return true;
                }
            };
            return (callbackAppId, builder) -> {
                if (account.serves(callbackAppId)) {
                    builder.interceptor(recorder);
                }
            };
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
