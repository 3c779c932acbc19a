package io.wxkit.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.dedup.DedupStore;
import io.wxkit.core.token.AccessTokenManager;
import io.wxkit.core.token.CaffeineTokenStore;
import io.wxkit.core.token.Credential;
import io.wxkit.core.token.TokenStore;
import io.wxkit.spring.mp.WxMpAutoConfiguration;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.ClassUtils;

class WxHealthAutoConfigurationTest {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class, WxMpAutoConfiguration.class,
                    WxHealthAutoConfiguration.class))
            .withPropertyValues("wxkit.store=memory", "wxkit.mp.app-id=wxhealth1", "wxkit.mp.secret=s1");

    @Test
    void registersTheWxkitIndicatorForTheBootLineOnTheClasspath() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed().hasBean(WxHealthAutoConfiguration.NAME);
            // by name: on Boot 3.5 the Boot 4 adapter's interface is absent and its class must not even be loaded
            boolean boot4 = ClassUtils.isPresent("org.springframework.boot.health.contributor.HealthIndicator", null);
            assertThat(ctx.getBean(WxHealthAutoConfiguration.NAME).getClass().getSimpleName())
                    .isEqualTo(boot4 ? "Boot4HealthIndicator" : "Boot3HealthIndicator");
            WxHealthCheck.Snapshot s = ctx.getBean(WxHealthCheck.class).check();
            assertThat(s.up()).isTrue();
            assertThat(s.details()).doesNotContainKey("redis")
                    .containsEntry("accounts", Map.of("wxhealth1", Map.of("token", "not-fetched")));
        });
    }

    @Test
    void backsOffWithoutAHealthApiOrAnAccount() {
        runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.health.contributor.",
                "org.springframework.boot.actuate.health.")).run(ctx -> assertThat(ctx).hasNotFailed()
                        .doesNotHaveBean(WxHealthAutoConfiguration.NAME));
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class, WxMpAutoConfiguration.class,
                        WxHealthAutoConfiguration.class))
                .withPropertyValues("wxkit.store=memory")
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(WxHealthCheck.class));
    }

    @Test
    void doesNotReplaceAUserProvidedIndicator() {
        Object mine = new Object();
        runner.withBean(WxHealthAutoConfiguration.NAME, Object.class, () -> mine)
                .run(ctx -> assertThat(ctx.getBean(WxHealthAutoConfiguration.NAME)).isSameAs(mine));
    }

    @Test
    void reportsEachAccountsTokenFreshness() {
        TokenStore tokens = CaffeineTokenStore.create();
        tokens.put(AccessTokenManager.storeKey("wxvalid"), new Credential("SECRET-TOKEN-A", NOW.plus(Duration.ofHours(1))));
        tokens.put(AccessTokenManager.storeKey("wxsoon"), new Credential("SECRET-TOKEN-B", NOW.plus(Duration.ofMinutes(2))));
        tokens.put(AccessTokenManager.storeKey("wxold"), new Credential("SECRET-TOKEN-C", NOW.minusSeconds(1)));
        WxHealthCheck check = new WxHealthCheck(() -> Set.of("wxvalid", "wxsoon", "wxold", "wxnew"), tokens, null, null,
                Clock.fixed(NOW, ZoneOffset.UTC));
        WxHealthCheck.Snapshot s = check.check();
        assertThat(s.up()).isTrue();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> accounts = (Map<String, Map<String, Object>>) s.details().get("accounts");
        assertThat(accounts.get("wxvalid")).containsEntry("token", "valid").containsEntry("expiresAt", "2026-12-03T11:00:00Z");
        assertThat(accounts.get("wxsoon")).containsEntry("token", "expiring");
        assertThat(accounts.get("wxold")).containsEntry("token", "expired");
        assertThat(accounts.get("wxnew")).containsEntry("token", "not-fetched");
        assertThat(s.details().toString()).doesNotContain("SECRET-TOKEN");
    }

    @Test
    void isDownWhenRedisDoesNotAnswerAndSaysWhyWithoutItsMessage() {
        WxHealthCheck check = checkWith(unreachable());
        assertThat(check.check().up()).isFalse();
        assertThat(check.check().details()).containsEntry("redis", "down: IllegalStateException");
        assertThat(check.check().details().toString()).doesNotContain("hunter2");
    }

    /** A store that fails like Redis out of reach, with connection details in its message. */
    static DedupStore unreachable() {
        return new DedupStore() {
            @Override
            public boolean firstSeen(String key, Duration ttl) {
                throw new IllegalStateException("redis://:hunter2@10.0.0.5 unreachable");
            }

            @Override
            public void saveReply(String key, String reply, Duration ttl) {
                throw new IllegalStateException("redis://:hunter2@10.0.0.5 unreachable");
            }

            @Override
            public Optional<String> reply(String key) {
                throw new IllegalStateException("redis://:hunter2@10.0.0.5 unreachable");
            }
        };
    }

    static WxHealthCheck checkWith(DedupStore redis) {
        return new WxHealthCheck(() -> Set.of("wx1"), CaffeineTokenStore.create(), redis, null, Clock.systemUTC());
    }
}
