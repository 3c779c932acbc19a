package io.wxkit.spring.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.forms.FormsModule;
import io.wxkit.modules.forum.ForumModule;
import io.wxkit.modules.lottery.LotteryModule;
import io.wxkit.modules.member.MemberModule;
import io.wxkit.modules.shop.ShopModule;
import io.wxkit.modules.vote.VoteModule;
import io.wxkit.spring.WxPropertyException;
import io.wxkit.spring.mp.WxMpAutoConfiguration;
import io.wxkit.spring.pay.WxPayAutoConfiguration;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class WxModulesAutoConfigurationTest {
    static final String CARD_SECRET = Base64.getEncoder().encodeToString(new byte[32]);
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withPropertyValues("wxkit.store=memory")
            .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class, WxMpAutoConfiguration.class,
                    WxPayAutoConfiguration.class, WxModulesAutoConfiguration.class));

    @Test
    void withoutADataSourceThereIsNoModuleNorContext() {
        runner.withPropertyValues("wxkit.modules.vote.enabled=true")
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(ModuleContext.class).doesNotHaveBean(VoteModule.class));
    }

    @Test
    void withNoModuleEnabledTheDatabaseIsNotTouched() {
        DataSource ds = ModuleTestDb.fresh();
        runner.withBean(DataSource.class, () -> ds).run(ctx -> {
            assertThat(ctx).hasNotFailed().doesNotHaveBean(ModuleContext.class).doesNotHaveBean(VoteModule.class);
            assertThat(ModuleTestDb.hasTable(ds, "wxkit_common_schema_history")).isFalse();
        });
    }

    @ParameterizedTest
    @CsvSource({"vote, io.wxkit.modules.vote.VoteModule", "lottery, io.wxkit.modules.lottery.LotteryModule",
        "forum, io.wxkit.modules.forum.ForumModule", "forms, io.wxkit.modules.forms.FormsModule",
        "member, io.wxkit.modules.member.MemberModule"})
    void anEnabledModuleIsABeanAndOnlyItsMigrationsRun(String module, Class<?> type) {
        DataSource ds = ModuleTestDb.fresh();
        runner.withBean(DataSource.class, () -> ds)
                .withPropertyValues("wxkit.modules." + module + ".enabled=true", "wxkit.modules.member.card-secret=" + CARD_SECRET)
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed().hasSingleBean(ModuleContext.class).hasSingleBean(type);
                    assertThat(ModuleTestDb.hasTable(ds, "wxkit_" + module + "_schema_history")).isTrue();
                    for (String other : new String[] {"vote", "lottery", "forum", "shop", "forms", "member"}) {
                        if (!other.equals(module)) {
                            assertThat(ModuleTestDb.hasTable(ds, "wxkit_" + other + "_schema_history")).as(other).isFalse();
                        }
                    }
                });
    }

    @Test
    void disabledModulesHaveNoBean() {
        runner.withBean(DataSource.class, ModuleTestDb::fresh)
                .withPropertyValues("wxkit.modules.vote.enabled=true", "wxkit.modules.lottery.enabled=false")
                .run(ctx -> assertThat(ctx).hasNotFailed().hasSingleBean(VoteModule.class)
                        .doesNotHaveBean(LotteryModule.class).doesNotHaveBean(ForumModule.class)
                        .doesNotHaveBean(ShopModule.class).doesNotHaveBean(FormsModule.class).doesNotHaveBean(MemberModule.class));
    }

    @Test
    void aModuleMissingFromTheClasspathHasNoBean() {
        runner.withBean(DataSource.class, ModuleTestDb::fresh).withClassLoader(new FilteredClassLoader(VoteModule.class))
                .withPropertyValues("wxkit.modules.vote.enabled=true", "wxkit.modules.forms.enabled=true")
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(VoteModule.class).hasSingleBean(FormsModule.class));
    }

    @Test
    void theApplicationsOwnBeansWin() {
        DataSource ds = ModuleTestDb.fresh();
        ModuleContext own = ModuleContext.builder(ds).build();
        VoteModule ownVote = VoteModule.create(own);
        runner.withBean(DataSource.class, () -> ds).withBean(ModuleContext.class, () -> own)
                .withBean(VoteModule.class, () -> ownVote)
                .withPropertyValues("wxkit.modules.vote.enabled=true", "wxkit.modules.forms.enabled=true")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(ModuleContext.class)).isSameAs(own);
                    assertThat(ctx.getBean(VoteModule.class)).isSameAs(ownVote);
                    assertThat(ctx.getBean(FormsModule.class).context()).isSameAs(own);
                });
    }

    @Test
    void theMemberModuleNeedsACardSecretAndNeverEchoesIt() {
        ApplicationContextRunner member = runner.withBean(DataSource.class, ModuleTestDb::fresh)
                .withPropertyValues("wxkit.modules.member.enabled=true");
        member.run(ctx -> assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(WxPropertyException.class)
                .hasMessageContaining("wxkit.modules.member.card-secret is required"));
        String shortSecret = Base64.getEncoder().encodeToString("sixteen-byte-key".getBytes());
        member.withPropertyValues("wxkit.modules.member.card-secret=" + shortSecret)
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause()
                        .hasMessage("wxkit.modules.member.card-secret must decode to at least 32 bytes")
                        .hasMessageNotContaining(shortSecret));
        member.withPropertyValues("wxkit.modules.member.card-secret=not base64 !!")
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause()
                        .hasMessage("wxkit.modules.member.card-secret is not valid Base64"));
    }

    @Test
    void rateLimitsAreValidated() {
        runner.withBean(DataSource.class, ModuleTestDb::fresh)
                .withPropertyValues("wxkit.modules.vote.enabled=true", "wxkit.modules.rate-limit.per-openid=0")
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(WxPropertyException.class)
                        .hasMessageContaining("wxkit.modules.rate-limit"));
    }
}
