package io.wxkit.spring.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.dedup.GenerationalDedupStore;
import io.wxkit.core.dedup.DedupStore;
import io.wxkit.core.ratelimit.RateLimiter;
import io.wxkit.core.ticket.TicketStore;
import io.wxkit.core.token.CaffeineTokenStore;
import io.wxkit.core.token.TokenStore;
import io.wxkit.redis.RedisDedupStore;
import io.wxkit.redis.RedisStores;
import io.wxkit.redis.RedisTokenStore;
import io.wxkit.spring.WxPropertyException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class WxStoreAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class));

    @Test
    void autoWithoutARedisConnectionKeepsEverythingInMemory() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed().doesNotHaveBean(RedisStores.class);
            assertThat(ctx.getBean(TokenStore.class)).isInstanceOf(CaffeineTokenStore.class);
            assertThat(ctx.getBean(DedupStore.class)).isInstanceOf(GenerationalDedupStore.class);
            assertThat(ctx).hasSingleBean(TicketStore.class).hasSingleBean(RateLimiter.class);
        });
    }

    @Test
    void autoWithTheApplicationsRedisPutsEveryStoreOnSdkRedis() {
        runner.withPropertyValues("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=6379",
                "wxkit.redis.key-prefix=wxkit-starter-test:").run(ctx -> {
                    assertThat(ctx).hasNotFailed().hasSingleBean(RedisStores.class);
                    assertThat(ctx.getBean(TokenStore.class)).isInstanceOf(RedisTokenStore.class);
                    DedupStore dedup = ctx.getBean(DedupStore.class);
                    assertThat(dedup).isInstanceOf(RedisDedupStore.class);
                    // really on the server (fails when Redis is down, as CI requires): first sight wins once
                    String key = "dedup-" + System.nanoTime();
                    assertThat(dedup.firstSeen(key, java.time.Duration.ofSeconds(30))).isTrue();
                    assertThat(dedup.firstSeen(key, java.time.Duration.ofSeconds(30))).isFalse();
                });
    }

    @Test
    void memoryWinsOverAConfiguredRedisWhenAskedFor() {
        runner.withPropertyValues("wxkit.store=memory", "spring.data.redis.host=127.0.0.1")
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(RedisStores.class));
    }

    @Test
    void redisAskedForWithoutSdkRedisFailsInsteadOfFallingBackSilently() {
        runner.withClassLoader(new FilteredClassLoader(RedisStores.class)).withPropertyValues("wxkit.store=redis")
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(WxPropertyException.class)
                        .hasMessageContaining("wxkit.store"));
    }

    @Test
    void anApplicationStoreReplacesOnlyItsOwnKind() {
        TokenStore own = CaffeineTokenStore.create();
        runner.withBean(TokenStore.class, () -> own).run(ctx -> {
            assertThat(ctx.getBean(TokenStore.class)).isSameAs(own);
            assertThat(ctx).hasSingleBean(DedupStore.class);
        });
    }

    @Test
    void aMalformedRedisUrlIsNamed() {
        runner.withPropertyValues("spring.data.redis.url=http://nope")
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("spring.data.redis.url"));
    }
}
