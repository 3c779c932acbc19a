package io.wxkit.spring.modules;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.forms.FormsModule;
import io.wxkit.modules.forum.ForumModule;
import io.wxkit.modules.forum.ForumOptions;
import io.wxkit.modules.lottery.LotteryModule;
import io.wxkit.modules.member.MemberModule;
import io.wxkit.modules.shop.ShopModule;
import io.wxkit.modules.shop.ShopPay;
import io.wxkit.modules.shop.wechat.WxPayShopPay;
import io.wxkit.modules.vote.VoteModule;
import io.wxkit.pay.WxPay;
import io.wxkit.spring.WxPropertyException;
import java.time.Duration;
import java.util.Base64;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * One bean per enabled module. Each module's {@code create} applies its own migrations (history table
 * {@code wxkit_<name>_schema_history}), so a module's tables appear only once it is enabled.
 */
@Configuration(proxyBeanMethods = false)
@Import({ModuleBeansConfiguration.Vote.class, ModuleBeansConfiguration.Lottery.class, ModuleBeansConfiguration.Forum.class,
    ModuleBeansConfiguration.Shop.class, ModuleBeansConfiguration.Forms.class, ModuleBeansConfiguration.Member.class})
class ModuleBeansConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(VoteModule.class)
    @ConditionalOnProperty(prefix = "wxkit.modules.vote", name = "enabled", havingValue = "true")
    static class Vote {
        @Bean
        @ConditionalOnMissingBean
        VoteModule wxVoteModule(ModuleContext context) {
            return VoteModule.create(context);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(LotteryModule.class)
    @ConditionalOnProperty(prefix = "wxkit.modules.lottery", name = "enabled", havingValue = "true")
    static class Lottery {
        @Bean
        @ConditionalOnMissingBean
        LotteryModule wxLotteryModule(ModuleContext context) {
            return LotteryModule.create(context);
        }
    }

    /** The forum with the application's {@link ForumOptions} bean (filter, limits, reply template), else the defaults. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ForumModule.class)
    @ConditionalOnProperty(prefix = "wxkit.modules.forum", name = "enabled", havingValue = "true")
    static class Forum {
        @Bean
        @ConditionalOnMissingBean
        ForumModule wxForumModule(ModuleContext context, ObjectProvider<ForumOptions> options) {
            return ForumModule.create(context, options.getIfAvailable(ForumOptions::defaults));
        }
    }

    /** The shop pays through the application's {@link ShopPay} bean, or else through the {@code WxPay} bean. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ShopModule.class)
    @ConditionalOnProperty(prefix = "wxkit.modules.shop", name = "enabled", havingValue = "true")
    static class Shop {
        @Bean
        @ConditionalOnMissingBean
        ShopModule wxShopModule(ModuleContext context, ObjectProvider<ShopPay> pay, WxModulesProperties properties) {
            ShopPay shopPay = pay.getIfUnique();
            if (shopPay == null) {
                throw new WxPropertyException("wxkit.modules.shop.enabled",
                        "is true but there is no WeChat Pay merchant (wxkit.pay.mch-id) nor a ShopPay bean to take payments");
            }
            Duration within = properties.getShop().getPayWithin();
            if (within == null || within.compareTo(Duration.ofMinutes(1)) < 0 || within.compareTo(Duration.ofHours(2)) > 0) {
                throw new WxPropertyException("wxkit.modules.shop.pay-within", "must be between 1 minute and 2 hours");
            }
            return ShopModule.create(context, shopPay, within);
        }

        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass({WxPay.class, WxPayShopPay.class})
        @ConditionalOnBean(WxPay.class)
        static class FromWxPay {
            @Bean
            @ConditionalOnMissingBean
            ShopPay wxShopPay(WxPay pay, WxModulesProperties properties) {
                String notifyUrl = properties.getShop().getNotifyUrl() != null ? properties.getShop().getNotifyUrl() : pay.notifyUrl();
                if (notifyUrl == null || notifyUrl.isBlank()) {
                    throw new WxPropertyException("wxkit.modules.shop.notify-url", "is required (or wxkit.pay.notify-url)");
                }
                if (pay.appId() == null) {
                    throw new WxPropertyException("wxkit.pay.app-id", "is required by the shop (orders are placed with it)");
                }
                return WxPayShopPay.of(pay, notifyUrl);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(FormsModule.class)
    @ConditionalOnProperty(prefix = "wxkit.modules.forms", name = "enabled", havingValue = "true")
    static class Forms {
        @Bean
        @ConditionalOnMissingBean
        FormsModule wxFormsModule(ModuleContext context) {
            return FormsModule.create(context);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MemberModule.class)
    @ConditionalOnProperty(prefix = "wxkit.modules.member", name = "enabled", havingValue = "true")
    static class Member {
        @Bean
        @ConditionalOnMissingBean
        MemberModule wxMemberModule(ModuleContext context, WxModulesProperties properties) {
            return MemberModule.create(context, cardSecret(properties.getMember().getCardSecret()));
        }

        // the message names the property and never the value: it is a signing key
        private static byte[] cardSecret(String base64) {
            String property = "wxkit.modules.member.card-secret";
            if (base64 == null || base64.isBlank()) {
                throw new WxPropertyException(property, "is required when the member module is enabled (Base64 of 32+ random bytes)");
            }
            byte[] secret;
            try {
                secret = Base64.getDecoder().decode(base64.strip());
            } catch (IllegalArgumentException e) {
                throw new WxPropertyException(property, "is not valid Base64");
            }
            if (secret.length < 32) {
                throw new WxPropertyException(property, "must decode to at least 32 bytes");
            }
            return secret;
        }
    }
}
