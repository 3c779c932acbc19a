package io.wxkit.spring.store;

import io.lettuce.core.RedisClient;
import io.wxkit.core.dedup.GenerationalDedupStore;
import io.wxkit.core.dedup.DedupStore;
import io.wxkit.core.ratelimit.InMemoryRateLimiter;
import io.wxkit.core.ratelimit.RateLimiter;
import io.wxkit.core.ticket.CaffeineTicketStore;
import io.wxkit.core.ticket.TicketStore;
import io.wxkit.core.token.CaffeineTokenStore;
import io.wxkit.core.token.TokenStore;
import io.wxkit.redis.RedisStores;
import io.wxkit.spring.WxPropertyException;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The shared-state SPIs of sdk-core: tokens and tickets, refresh locks, callback and notification dedup,
 * SSO tickets, rate limits. On sdk-redis when {@code wxkit.store} says so (or {@code auto} finds the
 * application's Redis), in memory otherwise. Each bean backs off when the application defines its own.
 *
 * <p>Always applies (every other wxkit auto-configuration runs after it); {@code wxkit.store=redis} without
 * wxkit-redis and Lettuce on the classpath fails the startup.
 *
 * <p>Public because Spring Boot loads it by name from {@code AutoConfiguration.imports}; applications do not
 * use it directly (leave it out with {@code spring.autoconfigure.exclude}, or replace single beans, which
 * are {@code @ConditionalOnMissingBean}).
 */
@AutoConfiguration
@EnableConfigurationProperties(WxStoreProperties.class)
@Import({WxStoreAutoConfiguration.OnRedis.class, WxStoreAutoConfiguration.InMemory.class})
public class WxStoreAutoConfiguration {

    /** sdk-redis on the application's Redis connection. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({RedisStores.class, RedisClient.class})
    @Conditional(RedisChosenCondition.class)
    static class OnRedis {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        RedisStores wxRedisStores(Environment env, WxStoreProperties properties) {
            return RedisStores.builder(RedisConnection.uri(env)).keyPrefix(properties.getRedis().getKeyPrefix()).build();
        }

        @Bean
        @ConditionalOnMissingBean
        TokenStore wxRedisTokenStore(RedisStores stores) {
            return stores.tokenStore();
        }

        @Bean
        @ConditionalOnMissingBean
        DedupStore wxRedisDedupStore(RedisStores stores) {
            return stores.dedupStore();
        }

        @Bean
        @ConditionalOnMissingBean
        TicketStore wxRedisTicketStore(RedisStores stores) {
            return stores.ticketStore();
        }

        @Bean
        @ConditionalOnMissingBean
        RateLimiter wxRedisRateLimiter(RedisStores stores) {
            return stores.rateLimiter();
        }
    }

    /** In this JVM (Caffeine; the dedup marks in a GenerationalDedupStore); refuses to stand in when Redis was asked for explicitly. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(MemoryChosenCondition.class)
    static class InMemory {

        @Bean
        @ConditionalOnMissingBean
        TokenStore wxTokenStore(WxStoreProperties properties) {
            refuseSilentFallback(properties);
            return CaffeineTokenStore.create();
        }

        @Bean
        @ConditionalOnMissingBean
        DedupStore wxDedupStore(WxStoreProperties properties) {
            refuseSilentFallback(properties);
            return GenerationalDedupStore.create(); // the callback handler's own default: no per-entry timer wheel
        }

        @Bean
        @ConditionalOnMissingBean
        TicketStore wxTicketStore(WxStoreProperties properties) {
            refuseSilentFallback(properties);
            return CaffeineTicketStore.create();
        }

        @Bean
        @ConditionalOnMissingBean
        RateLimiter wxRateLimiter(WxStoreProperties properties) {
            refuseSilentFallback(properties);
            return InMemoryRateLimiter.create(Clock.systemUTC());
        }

        // a cluster that asked for Redis and silently got per-JVM memory would double-handle callbacks
        private static void refuseSilentFallback(WxStoreProperties properties) {
            if (properties.getStore() == WxStoreProperties.StoreType.REDIS) {
                throw new WxPropertyException("wxkit.store", "is redis but wxkit-redis and Lettuce are not on the classpath");
            }
        }
    }
}
