package io.wxkit.examples.modules;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.spi.QrCodeIssuer;
import io.wxkit.modules.common.spi.TemplateNotifier;
import io.wxkit.modules.common.wechat.FollowerRegistry;
import io.wxkit.modules.common.wechat.MpQrCodeIssuer;
import io.wxkit.modules.common.wechat.MpTemplateNotifier;
import io.wxkit.modules.shop.ShopPay;
import io.wxkit.modules.shop.wechat.WxPayShopPay;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.WxMpRegistry;
import io.wxkit.mp.callback.Rule;
import io.wxkit.pay.WxPay;
import io.wxkit.pay.WxPayRegistry;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * The WeChat side of the domain modules. The app has two Official Accounts, so the starter cannot pick one for the
 * modules' hooks by itself (it leaves them empty): here they are the service account's (服务号: the one that
 * logs users in by OAuth, sends template messages and issues QR codes) and the demo merchant's for the shop.
 */
@Configuration(proxyBeanMethods = false)
class ModuleHooks {

    @Bean
    FollowerRegistry serviceAccountFollowers(DataSource dataSource, WxMpRegistry accounts, Environment env) {
        // the registry needs only the database and the clock: a bare context gives it both
        return FollowerRegistry.create(ModuleContext.builder(dataSource).build(), serviceAccount(accounts, env));
    }

    /** Records follows; a "continue" rule, first so that another feature's welcome rule cannot hide the event. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    Rule<?> serviceAccountFollowedRule(FollowerRegistry followers) {
        return followers.rules().get(0);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    Rule<?> serviceAccountUnfollowedRule(FollowerRegistry followers) {
        return followers.rules().get(1);
    }

    @Bean
    TemplateNotifier serviceAccountTemplates(WxMpRegistry accounts, Environment env) {
        return MpTemplateNotifier.of(serviceAccount(accounts, env));
    }

    /** Temporary codes of 30 days, WeChat's maximum: permanent ones are capped at 100,000 per account. */
    @Bean
    QrCodeIssuer serviceAccountQrCodes(WxMpRegistry accounts, Environment env) {
        return MpQrCodeIssuer.temporary(serviceAccount(accounts, env), Duration.ofDays(30));
    }

    @Bean
    ShopPay demoMerchantShopPay(WxPayRegistry merchants, Environment env) {
        WxPay pay = merchants.get(env.getRequiredProperty("wxkit.pay.merchants.demo.mch-id"));
        return WxPayShopPay.of(pay, env.getRequiredProperty("wxkit.pay.merchants.demo.notify-url"));
    }

    private static WxMp serviceAccount(WxMpRegistry accounts, Environment env) {
        return accounts.get(env.getRequiredProperty("wxkit.mp.accounts.svc.app-id"));
    }
}
