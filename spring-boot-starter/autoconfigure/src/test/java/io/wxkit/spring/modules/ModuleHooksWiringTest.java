package io.wxkit.spring.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.ratelimit.RateLimiter;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.spi.FollowerCheck;
import io.wxkit.modules.common.spi.ModuleEvent;
import io.wxkit.modules.common.spi.QrCodeIssuer;
import io.wxkit.modules.common.spi.RedPacketSender;
import io.wxkit.modules.common.spi.TemplateNotifier;
import io.wxkit.modules.common.wechat.FollowerRegistry;
import io.wxkit.modules.common.wechat.MpQrCodeIssuer;
import io.wxkit.modules.common.wechat.MpTemplateNotifier;
import io.wxkit.modules.common.wechat.PayRedPacketSender;
import io.wxkit.modules.shop.ShopModule;
import io.wxkit.modules.shop.ShopPay;
import io.wxkit.modules.shop.wechat.WxPayShopPay;
import io.wxkit.core.crypto.CallbackSignature;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.WxMpRegistry;
import io.wxkit.mp.callback.CallbackRequest;
import io.wxkit.spring.mp.WxCallbackEndpoints;
import io.wxkit.spring.WxPropertyException;
import io.wxkit.spring.mp.WxMpAutoConfiguration;
import io.wxkit.spring.pay.WxPayAutoConfiguration;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

/** The module context wired from the application's WxMp, WxPay and stores; the shop's pay. */
class ModuleHooksWiringTest {
    static final String[] MP = {"wxkit.mp.app-id=wx1111", "wxkit.mp.secret=s3cr3t", "wxkit.mp.token=tok123"};
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withPropertyValues("wxkit.store=memory", "wxkit.modules.vote.enabled=true")
            .withBean(DataSource.class, ModuleTestDb::fresh)
            .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class, WxMpAutoConfiguration.class,
                    WxPayAutoConfiguration.class, WxModulesAutoConfiguration.class));

    static String keys(String file) {
        return "file:" + Path.of(System.getProperty("wxkit.shared.dir"), "vectors/keys", file);
    }

    static String[] pay() {
        return new String[] {"wxkit.pay.mch-id=1900000109", "wxkit.pay.app-id=wxd678efh567hg6787",
            "wxkit.pay.private-key=" + keys("TEST-ONLY-merchant-apiclient_key.pem"),
            "wxkit.pay.cert-serial-no=5157F09EFDC096DE15EBE81A47057A7232F1B8E1",
            "wxkit.pay.api-v3-key=wxkitTestApiV3Key0123456789ABCDE",
            "wxkit.pay.public-key-id=PUB_KEY_ID_0114232134912410000000000000000001",
            "wxkit.pay.public-key=" + keys("TEST-ONLY-platform_pub.pem"),
            "wxkit.pay.notify-url=https://shop.example.com/pay/paid"};
    }

    @Test
    void withoutWeChatTheHooksAreEmpty() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed().doesNotHaveBean(FollowerCheck.class).doesNotHaveBean(TemplateNotifier.class)
                    .doesNotHaveBean(QrCodeIssuer.class).doesNotHaveBean(RedPacketSender.class);
            ModuleContext c = ctx.getBean(ModuleContext.class);
            assertThat(c.followers()).isEmpty();
            assertThat(c.templates()).isEmpty();
            assertThat(c.redPackets()).isEmpty();
        });
    }

    @Test
    void theOfficialAccountGivesFollowersTemplatesAndQrCodes() {
        runner.withPropertyValues(MP).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            ModuleContext c = ctx.getBean(ModuleContext.class);
            assertThat(c.followers()).containsSame(ctx.getBean(FollowerRegistry.class));
            assertThat(c.templates().orElseThrow()).isInstanceOf(MpTemplateNotifier.class);
            assertThat(c.qrCodes().orElseThrow()).isInstanceOf(MpQrCodeIssuer.class);
            // the account's callback gets the registry's subscribe/unsubscribe rules
            assertThat(ctx.getBean(ModuleAccount.class).appId()).isEqualTo("wx1111");
            assertThat(ctx).hasBean("wxModuleFollowerRules");
        });
    }

    @Test
    void theApplicationsOwnFollowerCheckReplacesTheRegistry() {
        FollowerCheck own = openid -> openid.startsWith("oFan");
        runner.withPropertyValues(MP).withBean(FollowerCheck.class, () -> own).run(ctx -> {
            assertThat(ctx).hasNotFailed().doesNotHaveBean(FollowerRegistry.class);
            ModuleContext c = ctx.getBean(ModuleContext.class);
            assertThat(c.followers()).containsSame(own);
            c.requireFollower("oFan1");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.requireFollower("oOther1"))
                    .isInstanceOfSatisfying(ModuleException.class, e -> assertThat(e.code()).isEqualTo("NOT_FOLLOWER"));
        });
    }

    @Test
    void redPacketsComeFromTheMerchantOnceASenderIsNamed() {
        runner.withPropertyValues(pay()).run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(RedPacketSender.class));
        runner.withPropertyValues(pay()).withPropertyValues("wxkit.modules.red-packet.send-name=Demo shop").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(ModuleContext.class).redPackets().orElseThrow()).isInstanceOf(PayRedPacketSender.class);
        });
    }

    @Test
    void theStoresRateLimiterCountsTheModulesActions() {
        AtomicInteger asked = new AtomicInteger();
        RateLimiter counting = (key, limit, window) -> asked.incrementAndGet() < 3;
        runner.withBean(RateLimiter.class, () -> counting).run(ctx -> {
            ModuleContext c = ctx.getBean(ModuleContext.class);
            c.abuseGuard().check("vote", "oUser000001", "10.0.0.1");
            assertThat(asked).hasPositiveValue();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.abuseGuard().check("vote", "oUser000001", "10.0.0.1"))
                    .isInstanceOfSatisfying(ModuleException.class, e -> assertThat(e.code()).isEqualTo("RATE_LIMITED"));
        });
    }

    @Test
    void moduleEventsArePublishedAsSpringEvents() {
        List<Object> seen = new ArrayList<>();
        ApplicationListener<PayloadApplicationEvent<ModuleEvent>> listener = e -> seen.add(e.getPayload());
        runner.withBean("listener", ApplicationListener.class, () -> listener).run(ctx -> {
            ModuleEvent event = new Happened("vote", Instant.EPOCH);
            ctx.getBean(ModuleContext.class).publish(event);
            assertThat(seen).containsExactly(event);
        });
    }

    @Test
    void theShopPaysThroughTheMerchant() {
        runner.withPropertyValues(pay()).withPropertyValues("wxkit.modules.shop.enabled=true").run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(ShopModule.class);
            assertThat(ctx.getBean(ShopPay.class)).isInstanceOf(WxPayShopPay.class);
            assertThat(ctx.getBean(ShopPay.class).mchId()).isEqualTo("1900000109");
        });
    }

    @Test
    void theShopWithoutAnyPayRefusesToStart() {
        runner.withPropertyValues("wxkit.modules.shop.enabled=true")
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(WxPropertyException.class)
                        .hasMessageContaining("wxkit.modules.shop.enabled"));
    }

    @Test
    void theShopsPayWindowIsValidated() {
        runner.withPropertyValues(pay()).withPropertyValues("wxkit.modules.shop.enabled=true", "wxkit.modules.shop.pay-within=3h")
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause()
                        .hasMessage("wxkit.modules.shop.pay-within must be between 1 minute and 2 hours"));
    }

    static final String[] TWO_ACCOUNTS = {"wxkit.mp.accounts.news.app-id=wxnews01", "wxkit.mp.accounts.news.secret=s1",
        "wxkit.mp.accounts.news.token=tok1", "wxkit.mp.accounts.shop.app-id=wxshop01", "wxkit.mp.accounts.shop.secret=s2",
        "wxkit.mp.accounts.shop.token=tok2"};

    @Test
    void withSeveralAccountsTheNamedOneGivesTheHooksAndOnlyItsCallbackRecordsFollowers() {
        runner.withPropertyValues(TWO_ACCOUNTS).run(ctx -> assertThat(ctx).hasNotFailed()
                .doesNotHaveBean(FollowerCheck.class).doesNotHaveBean(TemplateNotifier.class));
        runner.withPropertyValues(TWO_ACCOUNTS).withPropertyValues("wxkit.modules.account=shop").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            WxMp shop = ctx.getBean(WxMpRegistry.class).get("wxshop01");
            assertThat(ctx.getBean(ModuleAccount.class).mp()).isSameAs(shop);
            ModuleContext c = ctx.getBean(ModuleContext.class);
            assertThat(c.followers()).containsSame(ctx.getBean(FollowerRegistry.class));
            assertThat(c.templates()).isPresent();
            assertThat(c.qrCodes()).isPresent();
            WxCallbackEndpoints callbacks = ctx.getBean(WxCallbackEndpoints.class);
            assertThat(follow(callbacks, "tok2", "oShopFan0001")).as("accepted by shop's callback").isEqualTo(1);
            assertThat(follow(callbacks, "tok1", "oNewsFan0001")).as("accepted by news' callback").isEqualTo(1);
            try (var con = ctx.getBean(DataSource.class).getConnection();
                 var rows = con.createStatement().executeQuery("SELECT openid FROM wxkit_module_follower")) {
                List<String> recorded = new ArrayList<>();
                while (rows.next()) {
                    recorded.add(rows.getString(1));
                }
                assertThat(recorded).as("another account's followers have other openids").containsExactly("oShopFan0001");
            }
        });
    }

    @Test
    void anUnknownAccountNameIsRefusedNamingTheProperty() {
        runner.withPropertyValues(TWO_ACCOUNTS).withPropertyValues("wxkit.modules.account=shoop")
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(WxPropertyException.class)
                        .hasMessage("wxkit.modules.account names no account under wxkit.mp.accounts (configured: news, shop)"));
        runner.withPropertyValues("wxkit.modules.account=shop")
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(WxPropertyException.class)
                        .hasMessageStartingWith("wxkit.modules.account names no account"));
    }

    /** Delivers a plain subscribe event signed with {@code token} to every callback path; how many accepted it. */
    private static int follow(WxCallbackEndpoints callbacks, String token, String openid) {
        String ts = Long.toString(Instant.now().getEpochSecond());
        String nonce = "n" + openid;
        String xml = "<xml><ToUserName><![CDATA[gh_123456789abc]]></ToUserName><FromUserName><![CDATA[" + openid
                + "]]></FromUserName><CreateTime>" + ts + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[subscribe]]></Event></xml>";
        CallbackRequest request = CallbackRequest.of("POST", Map.of("signature", CallbackSignature.sign(token, ts, nonce),
                "timestamp", ts, "nonce", nonce), xml);
        int accepted = 0;
        for (String path : callbacks.paths()) {
            if (callbacks.handler(path).orElseThrow().handle(request).status() == 200) {
                accepted++;
            }
        }
        return accepted;
    }

    record Happened(String module, Instant at) implements ModuleEvent {}
}
