package io.wxkit.spring.sso;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.spring.WxPropertyException;
import io.wxkit.spring.mp.WxMpAutoConfiguration;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import io.wxkit.sso.SsoBroker;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

class WxSsoAutoConfigurationTest {
    private static final String KEY = SsoEndpointsTest.KEY;
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class, WxMpAutoConfiguration.class,
                    WxSsoAutoConfiguration.class))
            .withPropertyValues("wxkit.store=memory", "wxkit.mp.app-id=wxsso1", "wxkit.mp.secret=s1");
    private static final String[] ON = {"wxkit.sso.enabled=true", "wxkit.sso.public-base-url=https://sso.example.com/sso",
            "wxkit.sso.master-key=" + KEY};

    @Test
    void isOffUnlessEnabledAndCreatesNoTables() {
        DataSource ds = SsoEndpointsTest.h2("sso_off");
        runner.withBean(DataSource.class, () -> ds).run(ctx -> {
            assertThat(ctx).hasNotFailed().doesNotHaveBean(SsoBroker.class);
            assertThat(tableExists(ds, "wxkit_sso_schema_history")).isFalse();
        });
    }

    @Test
    void buildsTheBrokerOnTheApplicationsDataSourceWithItsOwnHistoryTable() {
        DataSource ds = SsoEndpointsTest.h2("sso_on");
        runner.withBean(DataSource.class, () -> ds).withPropertyValues(ON).run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(SsoBroker.class).doesNotHaveBean("wxSsoRoutes");
            assertThat(tableExists(ds, "wxkit_sso_schema_history")).isTrue();
            assertThat(tableExists(ds, "flyway_schema_history")).isFalse();
        });
    }

    @Test
    void servesRoutesInAServletApplication() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class, WxMpAutoConfiguration.class,
                        WxSsoAutoConfiguration.class))
                .withPropertyValues("wxkit.store=memory", "wxkit.mp.app-id=wxsso1", "wxkit.mp.secret=s1")
                .withPropertyValues(ON).withBean(DataSource.class, () -> SsoEndpointsTest.h2("sso_web"))
                .run(ctx -> assertThat(ctx).hasNotFailed().hasBean("wxSsoRoutes"));
    }

    @Test
    void backsOffWithoutADataSourceAnAccountOrSdkSso() {
        runner.withPropertyValues(ON).run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(SsoBroker.class));
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class, WxMpAutoConfiguration.class,
                        WxSsoAutoConfiguration.class))
                .withPropertyValues("wxkit.store=memory").withPropertyValues(ON)
                .withBean(DataSource.class, () -> SsoEndpointsTest.h2("sso_noacct"))
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(SsoBroker.class));
        runner.withPropertyValues(ON).withBean(DataSource.class, () -> SsoEndpointsTest.h2("sso_nocls"))
                .withClassLoader(new FilteredClassLoader(SsoBroker.class))
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(SsoBroker.class));
    }

    @Test
    void doesNotReplaceAUserProvidedBroker() {
        DataSource ds = SsoEndpointsTest.h2("sso_user");
        runner.withBean(DataSource.class, () -> ds).withPropertyValues(ON)
                .withBean("mySso", SsoBroker.class, () -> SsoBroker.builder().dataSource(ds)
                        .mp(io.wxkit.mp.WxMp.builder().appId("wxsso1").secret("s1").build())
                        .publicBaseUrl("https://mine.example.com/sso").masterKey(new byte[32]).build())
                .run(ctx -> assertThat(ctx).getBeanNames(SsoBroker.class).containsExactly("mySso"));
    }

    @Test
    void aWeakOrMalformedMasterKeyIsRefusedWithoutEchoingIt() {
        var base = runner.withBean(DataSource.class, () -> SsoEndpointsTest.h2("sso_key"))
                .withPropertyValues("wxkit.sso.enabled=true", "wxkit.sso.public-base-url=https://sso.example.com/sso");
        String shortKey = Base64.getEncoder().encodeToString("only-sixteen-byt".getBytes());
        base.withPropertyValues("wxkit.sso.master-key=" + shortKey).run(ctx -> assertThat(ctx.getStartupFailure())
                .rootCause().isInstanceOf(WxPropertyException.class).hasMessageContaining("wxkit.sso.master-key")
                .hasMessageContaining("16 bytes").hasMessageNotContaining(shortKey));
        base.withPropertyValues("wxkit.sso.master-key=not base64 but a passphrase!").run(ctx -> assertThat(ctx.getStartupFailure())
                .rootCause().hasMessageContaining("wxkit.sso.master-key is not Base64").hasMessageNotContaining("passphrase"));
        base.run(ctx -> assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("wxkit.sso.master-key is required"));
    }

    @Test
    void badUrlsAndPathsAreRefusedNamingTheProperty() {
        var base = runner.withBean(DataSource.class, () -> SsoEndpointsTest.h2("sso_urls")).withPropertyValues(ON);
        base.withPropertyValues("wxkit.sso.public-base-url=https://sso.example.com/other").run(ctx -> assertThat(
                ctx.getStartupFailure()).rootCause().hasMessageContaining("wxkit.sso.public-base-url must end with"));
        base.withPropertyValues("wxkit.sso.public-base-url=sso.example.com/sso").run(ctx -> assertThat(
                ctx.getStartupFailure()).rootCause().hasMessageContaining("wxkit.sso.public-base-url"));
        base.withPropertyValues("wxkit.sso.base-path=sso/").run(ctx -> assertThat(ctx.getStartupFailure())
                .rootCause().hasMessageContaining("wxkit.sso.base-path"));
        base.withPropertyValues("wxkit.sso.ticket-ttl=1h").run(ctx -> assertThat(ctx.getStartupFailure())
                .rootCause().hasMessageContaining("wxkit.sso.ticket-ttl"));
    }

    private static boolean tableExists(DataSource ds, String name) {
        try (Connection c = ds.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(name)) {
                    return true;
                }
            }
            return false;
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
