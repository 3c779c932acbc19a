package io.wxkit.spring.store;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/**
 * The stores stay in memory unless sdk-redis takes them: Redis was chosen and both wxkit-redis and Lettuce
 * are on the classpath. Stated as its own condition rather than left to bean ordering between the two
 * configurations.
 */
final class MemoryChosenCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        ClassLoader cl = context.getClassLoader();
        boolean redisPresent = ClassUtils.isPresent("io.wxkit.redis.RedisStores", cl)
                && ClassUtils.isPresent("io.lettuce.core.RedisClient", cl);
        if (redisPresent && new RedisChosenCondition().getMatchOutcome(context, metadata).isMatch()) {
            return ConditionOutcome.noMatch("the stores are on sdk-redis");
        }
        return ConditionOutcome.match(redisPresent ? "Redis not chosen" : "wxkit-redis or Lettuce is absent");
    }
}
