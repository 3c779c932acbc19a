package io.wxkit.spring.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.mp.WxMp;
import io.wxkit.spring.WxPropertyException;
import io.wxkit.spring.mp.WxMpAutoConfiguration;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

class WxOAuthAutoConfigurationTest {
    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class, WxMpAutoConfiguration.class,
                    WxOAuthAutoConfiguration.class))
            .withPropertyValues("wxkit.store=memory");
    private static final String[] ONE_ACCOUNT = {"wxkit.mp.app-id=wxone", "wxkit.mp.secret=s1"};

    @Test
    void isOffUnlessEnabled() {
        runner.withPropertyValues(ONE_ACCOUNT).run(ctx -> assertThat(ctx).hasNotFailed()
                .doesNotHaveBean(OAuthLogin.class).doesNotHaveBean("wxOAuthRoutes").doesNotHaveBean("wxOAuthWebMvcConfigurer"));
    }

    @Test
    void createsTheLoginRoutesAndMvcHooksWhenEnabled() {
        runner.withPropertyValues(ONE_ACCOUNT).withPropertyValues("wxkit.mp.oauth.enabled=true", "wxkit.mp.oauth.paths=/h5/**")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed().hasSingleBean(OAuthLogin.class).hasBean("wxOAuthRoutes")
                            .hasBean("wxOAuthWebMvcConfigurer");
                    assertThat(ctx.getBean(OAuthLogin.class).appId()).isEqualTo("wxone");
                    assertThat(ctx.getBean(WxOAuthProperties.class).getScope())
                            .isEqualTo(WxOAuthProperties.OAuthScope.SNSAPI_BASE);
                });
    }

    @Test
    void backsOffWithoutAnAccount() {
        runner.withPropertyValues("wxkit.mp.oauth.enabled=true").run(ctx -> assertThat(ctx).hasNotFailed()
                .doesNotHaveBean(OAuthLogin.class));
    }

    @Test
    void backsOffWithoutSdkMpOrSpringMvc() {
        runner.withPropertyValues(ONE_ACCOUNT).withPropertyValues("wxkit.mp.oauth.enabled=true")
                .withClassLoader(new FilteredClassLoader(WxMp.class))
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(OAuthLogin.class));
        runner.withPropertyValues(ONE_ACCOUNT).withPropertyValues("wxkit.mp.oauth.enabled=true")
                .withClassLoader(new FilteredClassLoader(WebMvcConfigurer.class))
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(OAuthLogin.class));
    }

    @Test
    void backsOffOutsideAServletWebApplication() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class, WxMpAutoConfiguration.class,
                        WxOAuthAutoConfiguration.class))
                .withPropertyValues("wxkit.store=memory", "wxkit.mp.app-id=wxone", "wxkit.mp.secret=s1",
                        "wxkit.mp.oauth.enabled=true")
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(OAuthLogin.class));
    }

    @Test
    void doesNotReplaceUserProvidedRoutesOrMvcHooks() {
        runner.withPropertyValues(ONE_ACCOUNT).withPropertyValues("wxkit.mp.oauth.enabled=true")
                .withUserConfiguration(Own.class).run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean("wxOAuthRoutes")).isSameAs(Own.ROUTES);
                    assertThat(ctx.getBean("wxOAuthWebMvcConfigurer")).isSameAs(Own.MVC);
                });
    }

    @Test
    void severalAccountsNeedTheAppIdOfTheOneThatSignsIn() {
        var two = runner.withPropertyValues("wxkit.mp.oauth.enabled=true",
                "wxkit.mp.accounts.a.app-id=wxaaa", "wxkit.mp.accounts.a.secret=s1",
                "wxkit.mp.accounts.b.app-id=wxbbb", "wxkit.mp.accounts.b.secret=s2");
        two.run(ctx -> assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(WxPropertyException.class)
                .hasMessageContaining("wxkit.mp.oauth.app-id").hasMessageContaining("several accounts"));
        two.withPropertyValues("wxkit.mp.oauth.app-id=wxzzz").run(ctx -> assertThat(ctx.getStartupFailure())
                .rootCause().hasMessageContaining("wxkit.mp.oauth.app-id names no configured account"));
        two.withPropertyValues("wxkit.mp.oauth.app-id=wxbbb")
                .run(ctx -> assertThat(ctx.getBean(OAuthLogin.class).appId()).isEqualTo("wxbbb"));
    }

    @Test
    void badSettingsAreRefusedNamingThePropertyAndNotItsValue() {
        var enabled = runner.withPropertyValues(ONE_ACCOUNT).withPropertyValues("wxkit.mp.oauth.enabled=true");
        enabled.withPropertyValues("wxkit.mp.oauth.public-base-url=ftp://h5.example.com?q=secretish")
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(WxPropertyException.class)
                        .hasMessageContaining("wxkit.mp.oauth.public-base-url").hasMessageNotContaining("secretish"));
        enabled.withPropertyValues("wxkit.mp.oauth.callback-path=//cb").run(ctx -> assertThat(ctx.getStartupFailure())
                .rootCause().hasMessageContaining("wxkit.mp.oauth.callback-path"));
        enabled.withPropertyValues("wxkit.mp.oauth.state-timeout=0s").run(ctx -> assertThat(ctx.getStartupFailure())
                .rootCause().hasMessageContaining("wxkit.mp.oauth.state-timeout"));
        runner.withPropertyValues("wxkit.mp.oauth.enabled=true", "wxkit.mp.app-id=wxext", "wxkit.mp.token-mode=external")
                .withBean(io.wxkit.spring.mp.WxExternalTokens.class, () -> appId -> null)
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause()
                        .hasMessageContaining("wxkit.mp.secret is required by wxkit.mp.oauth"));
    }

    @Configuration(proxyBeanMethods = false)
    static class Own {
        static final RouterFunction<ServerResponse> ROUTES = RouterFunctions.route()
                .GET("/mine", r -> ServerResponse.ok().build()).build();
        static final WebMvcConfigurer MVC = new WebMvcConfigurer() { };

        @Bean
        RouterFunction<ServerResponse> wxOAuthRoutes() {
            return ROUTES;
        }

        @Bean
        WebMvcConfigurer wxOAuthWebMvcConfigurer() {
            return MVC;
        }
    }
}
