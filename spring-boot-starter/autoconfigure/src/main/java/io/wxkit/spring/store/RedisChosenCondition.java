package io.wxkit.spring.store;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** {@code wxkit.store=redis}, or {@code auto} with the application's Redis connection configured. */
final class RedisChosenCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment env = context.getEnvironment();
        String store = env.getProperty("wxkit.store", "auto").trim().toLowerCase(java.util.Locale.ROOT);
        if (store.equals("redis")) {
            return ConditionOutcome.match("wxkit.store=redis");
        }
        if (store.equals("auto") && RedisConnection.configured(env)) {
            return ConditionOutcome.match("wxkit.store=auto and spring.data.redis is configured");
        }
        return ConditionOutcome.noMatch("wxkit.store=" + store + " without a spring.data.redis host or url");
    }
}
