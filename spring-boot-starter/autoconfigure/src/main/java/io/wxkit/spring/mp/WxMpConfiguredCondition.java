package io.wxkit.spring.mp;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** At least one account is configured: {@code wxkit.mp.app-id} or a {@code wxkit.mp.accounts.<name>}. */
final class WxMpConfiguredCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        WxMpProperties p = Binder.get(context.getEnvironment()).bind("wxkit.mp", WxMpProperties.class).orElse(null);
        if (p != null && (p.getAppId() != null || !p.getAccounts().isEmpty())) {
            return ConditionOutcome.match("wxkit.mp accounts configured");
        }
        return ConditionOutcome.noMatch("neither wxkit.mp.app-id nor wxkit.mp.accounts.* is set");
    }
}
