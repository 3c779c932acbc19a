package io.wxkit.spring.mp;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Text;
import io.wxkit.core.token.CaffeineTokenStore;
import io.wxkit.core.token.TokenStore;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.WxMpRegistry;
import io.wxkit.spring.WxPropertyException;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class WxMpAutoConfigurationTest {
    static final String AES = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withPropertyValues("wxkit.store=memory")
            .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class, WxMpAutoConfiguration.class));

    @Test
    void backsOffWithoutAnyAccount() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed().doesNotHaveBean(WxMp.class).doesNotHaveBean(WxMpRegistry.class)
                    .doesNotHaveBean(WxCallbackEndpoints.class);
            assertThat(ctx).hasSingleBean(TokenStore.class);
        });
    }

    @Test
    void backsOffWithoutSdkMpOnTheClasspath() {
        runner.withClassLoader(new FilteredClassLoader(WxMp.class))
                .withPropertyValues("wxkit.mp.app-id=wx1", "wxkit.mp.secret=s")
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(WxMpRegistry.class));
    }

    @Test
    void singleAccountBecomesTheWxMpBeanAndTheRegistrysOnlyEntry() {
        runner.withPropertyValues("wxkit.mp.app-id=wx1111", "wxkit.mp.secret=s3cr3t", "wxkit.mp.token=tok123",
                "wxkit.mp.encoding-aes-key=" + AES).run(ctx -> {
                    assertThat(ctx).hasNotFailed().hasSingleBean(WxMp.class);
                    WxMpRegistry registry = ctx.getBean(WxMpRegistry.class);
                    assertThat(registry.appIds()).containsExactly("wx1111");
                    assertThat(registry.get("wx1111")).isSameAs(ctx.getBean(WxMp.class));
                    assertThat(ctx.getBean(WxCallbackEndpoints.class).paths()).containsExactly("/wx/callback");
                });
    }

    @Test
    void namedAccountsLandInTheRegistryEachWithItsOwnCallbackPath() {
        runner.withPropertyValues(
                "wxkit.mp.accounts.shop.app-id=wxshop", "wxkit.mp.accounts.shop.secret=a", "wxkit.mp.accounts.shop.token=t1x",
                "wxkit.mp.accounts.news.app-id=wxnews", "wxkit.mp.accounts.news.secret=b", "wxkit.mp.accounts.news.token=t2x",
                "wxkit.mp.accounts.news.callback-path=/hooks/news").run(ctx -> {
                    assertThat(ctx).hasNotFailed().doesNotHaveBean(WxMp.class);
                    assertThat(ctx.getBean(WxMpRegistry.class).appIds()).containsExactlyInAnyOrder("wxshop", "wxnews");
                    assertThat(ctx.getBean(WxCallbackEndpoints.class).paths())
                            .containsExactlyInAnyOrder("/wx/callback/shop", "/hooks/news");
                });
    }

    @Test
    void duplicateAppIdsAreRefusedNamingBothProperties() {
        runner.withPropertyValues("wxkit.mp.app-id=wxsame", "wxkit.mp.secret=a",
                "wxkit.mp.accounts.other.app-id=wxsame", "wxkit.mp.accounts.other.secret=b").run(ctx -> {
                    assertThat(ctx).hasFailed();
                    assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(WxPropertyException.class)
                            .hasMessageContaining("wxkit.mp.accounts.other.app-id").hasMessageContaining("wxkit.mp.app-id");
                });
    }

    @Test
    void duplicateCallbackPathsAreRefused() {
        runner.withPropertyValues("wxkit.mp.app-id=wxa", "wxkit.mp.secret=a",
                "wxkit.mp.accounts.b.app-id=wxb", "wxkit.mp.accounts.b.secret=b", "wxkit.mp.accounts.b.callback-path=/wx/callback")
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause()
                        .hasMessageContaining("wxkit.mp.accounts.b.callback-path"));
    }

    @Test
    void aMalformedSecretIsNamedButNeverEchoed() {
        String badKey = "TOPSECRETtooShort";
        runner.withPropertyValues("wxkit.mp.app-id=wx1", "wxkit.mp.secret=s", "wxkit.mp.encoding-aes-key=" + badKey)
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(WxPropertyException.class)
                        .hasMessageContaining("wxkit.mp.encoding-aes-key").hasMessageNotContaining(badKey));
        runner.withPropertyValues("wxkit.mp.app-id=wx1", "wxkit.mp.secret=s", "wxkit.mp.token=bad token!")
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause()
                        .hasMessageContaining("wxkit.mp.token").hasMessageNotContaining("bad token!"));
    }

    @Test
    void missingSecretAndMissingKeyForSafeModeAreRefused() {
        runner.withPropertyValues("wxkit.mp.accounts.x.app-id=wx1").run(ctx -> assertThat(ctx.getStartupFailure())
                .rootCause().hasMessage("wxkit.mp.accounts.x.secret is required unless token-mode is external"));
        runner.withPropertyValues("wxkit.mp.app-id=wx1", "wxkit.mp.secret=s", "wxkit.mp.callback-mode=safe")
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause()
                        .hasMessageContaining("wxkit.mp.encoding-aes-key is required with callback-mode SAFE"));
        runner.withPropertyValues("wxkit.mp.app-id=wx1", "wxkit.mp.token-mode=external")
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause()
                        .hasMessageContaining("wxkit.mp.token-mode is external but no WxExternalTokens bean"));
    }

    @Test
    void externalTokenModeNeedsNoSecretWithAnExternalTokensBean() {
        runner.withPropertyValues("wxkit.mp.app-id=wx1", "wxkit.mp.token-mode=external")
                .withBean(WxExternalTokens.class, () -> appId -> new io.wxkit.core.token.Credential("T-" + appId,
                        java.time.Instant.now().plusSeconds(7200)))
                .run(ctx -> assertThat(ctx).hasNotFailed().hasSingleBean(WxMp.class));
    }

    @Test
    void theApplicationsOwnBeansWin() {
        WxMpRegistry own = WxMpRegistry.create();
        runner.withPropertyValues("wxkit.mp.app-id=wx1", "wxkit.mp.secret=s")
                .withBean(WxMpRegistry.class, () -> own)
                .withBean(TokenStore.class, CaffeineTokenStore::create)
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(WxMpRegistry.class)).isSameAs(own);
                    assertThat(ctx).hasSingleBean(TokenStore.class);
                });
    }

    @Test
    void annotatedMethodsWithBadSignaturesFailTheStartupNamingTheMethod() {
        runner.withPropertyValues("wxkit.mp.app-id=wx1", "wxkit.mp.secret=s", "wxkit.mp.token=tok123")
                .withUserConfiguration(BadHandlers.class)
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause()
                        .hasMessageContaining("BadHandler.wrong").hasMessageContaining("must return Reply, String or void"));
    }

    @Configuration(proxyBeanMethods = false)
    static class BadHandlers {
        @Bean
        BadHandler badHandler() {
            return new BadHandler();
        }
    }

    static class BadHandler {
        @WxMessageHandler(msgType = "text")
        Integer wrong(Text message) {
            return 1;
        }

        Reply unused(Text message) {
            return null;
        }
    }
}
