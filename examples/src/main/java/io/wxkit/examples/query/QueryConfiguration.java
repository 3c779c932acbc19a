package io.wxkit.examples.query;

import io.wxkit.core.message.InboundMessage;
import io.wxkit.mp.callback.Rule;
import io.wxkit.sso.SsoBroker;
import io.wxkit.sso.interfaces.BusinessInterfaces;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Keyword queries (查询 ...) into the demo business systems through sdk-sso's business-interface registry: the
 * registry on the app's database, its callback rule serving both accounts. Needs the starter's SSO broker.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "wxkit.sso.enabled", havingValue = "true")
class QueryConfiguration {

    @Bean
    BusinessInterfaces businessInterfaces(DataSource dataSource, SsoBroker sso, Environment env) {
        return BusinessInterfaces.builder().dataSource(dataSource)
                .sso(sso.clients(), sso.bindings(), sso.audit())
                .ssoBaseUrl(env.getRequiredProperty("wxkit.sso.public-base-url"))
                .build();
    }

    /** After the customer-service conversation rule (0): a follower talking to staff still reaches 查询. */
    @Bean
    @Order(10)
    Rule<InboundMessage> businessInterfaceRule(BusinessInterfaces interfaces) {
        return interfaces.rule();
    }
}
