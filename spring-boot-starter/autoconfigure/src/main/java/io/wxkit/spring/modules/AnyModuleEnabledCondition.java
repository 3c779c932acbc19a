package io.wxkit.spring.modules;

import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * At least one {@code wxkit.modules.<name>.enabled=true}: without one, nothing touches the application's
 * database (not even the shared audit-log migration).
 */
final class AnyModuleEnabledCondition extends AnyNestedCondition {

    AnyModuleEnabledCondition() {
        super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnProperty(prefix = "wxkit.modules.vote", name = "enabled", havingValue = "true")
    static class Vote {
    }

    @ConditionalOnProperty(prefix = "wxkit.modules.lottery", name = "enabled", havingValue = "true")
    static class Lottery {
    }

    @ConditionalOnProperty(prefix = "wxkit.modules.forum", name = "enabled", havingValue = "true")
    static class Forum {
    }

    @ConditionalOnProperty(prefix = "wxkit.modules.shop", name = "enabled", havingValue = "true")
    static class Shop {
    }

    @ConditionalOnProperty(prefix = "wxkit.modules.forms", name = "enabled", havingValue = "true")
    static class Forms {
    }

    @ConditionalOnProperty(prefix = "wxkit.modules.member", name = "enabled", havingValue = "true")
    static class Member {
    }
}
