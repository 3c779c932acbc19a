package io.wxkit.spring.pay;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** At least one merchant is configured: {@code wxkit.pay.mch-id} or a {@code wxkit.pay.merchants.<name>}. */
final class WxPayConfiguredCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        WxPayProperties p = Binder.get(context.getEnvironment()).bind("wxkit.pay", WxPayProperties.class).orElse(null);
        if (p != null && (p.getMchId() != null || !p.getMerchants().isEmpty())) {
            return ConditionOutcome.match("wxkit.pay merchants configured");
        }
        return ConditionOutcome.noMatch("neither wxkit.pay.mch-id nor wxkit.pay.merchants.* is set");
    }
}
