package io.wxkit.spring.pay;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.pay.WxPay;
import io.wxkit.pay.WxPayRegistry;
import io.wxkit.spring.WxPropertyException;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class WxPayAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner().withPropertyValues("wxkit.store=memory")
            .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class, WxPayAutoConfiguration.class));

    @Test
    void backsOffWithoutAMerchantOrWithoutSdkPay() {
        runner.run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(WxPayRegistry.class));
        runner.withClassLoader(new FilteredClassLoader(WxPay.class)).withPropertyValues(PaySide.properties())
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(WxPayRegistry.class));
    }

    @Test
    void theSingleMerchantIsTheWxPayBeanAndInTheRegistry() {
        runner.withPropertyValues(PaySide.properties()).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(WxPayRegistry.class).get(PaySide.MCH_ID)).isSameAs(ctx.getBean(WxPay.class));
            assertThat(ctx.getBean(WxPay.class).notifyUrl()).isEqualTo("https://shop.example.com/pay/paid");
        });
    }

    @Test
    void duplicateMerchantsAreRefused() {
        runner.withPropertyValues(PaySide.properties()).withPropertyValues(
                "wxkit.pay.merchants.b.mch-id=" + PaySide.MCH_ID, "wxkit.pay.merchants.b.cert-serial-no=X",
                "wxkit.pay.merchants.b.api-v3-key=" + PaySide.API_V3_KEY, "wxkit.pay.merchants.b.public-key-id=" + PaySide.PUBLIC_KEY_ID,
                "wxkit.pay.merchants.b.private-key=" + PaySide.keys("TEST-ONLY-merchant-apiclient_key.pem"),
                "wxkit.pay.merchants.b.public-key=" + PaySide.keys("TEST-ONLY-platform_pub.pem"))
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(WxPropertyException.class)
                        .hasMessageContaining("wxkit.pay.merchants.b.mch-id"));
    }

    @Test
    void keysAreValidatedWithoutBeingEchoed() {
        runner.withPropertyValues(PaySide.properties()).withPropertyValues("wxkit.pay.api-v3-key=SHORTSECRET")
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause()
                        .hasMessage("wxkit.pay.api-v3-key must be 32 characters"));
        runner.withPropertyValues(PaySide.properties()).withPropertyValues("wxkit.pay.public-key-id=")
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("wxkit.pay.public-key"));
        runner.withPropertyValues(PaySide.properties()).withPropertyValues("wxkit.pay.private-key=file:/nonexistent/key.pem")
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause()
                        .hasMessageContaining("wxkit.pay.private-key cannot be read"));
    }

    @Test
    void migrationModeTakesThePublicKeyAndAutoCertificatesAtOnce() {
        runner.withPropertyValues(PaySide.properties()).withPropertyValues("wxkit.pay.auto-platform-certificates=true")
                .run(ctx -> assertThat(ctx).hasNotFailed().hasSingleBean(WxPay.class));
    }

    @Test
    void theApplicationsRegistryWins() {
        WxPayRegistry own = WxPayRegistry.create();
        runner.withPropertyValues(PaySide.properties()).withBean(WxPayRegistry.class, () -> own)
                .run(ctx -> assertThat(ctx.getBean(WxPayRegistry.class)).isSameAs(own));
    }
}
