package io.wxkit.spring.modules.forms;

import io.wxkit.modules.forms.FormsModule;
import io.wxkit.spring.modules.web.ModuleRequests;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The forms endpoints, when there is a {@link FormsModule}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(FormsModule.class)
@ConditionalOnBean(FormsModule.class)
public class FormsWebConfiguration {
    @Bean
    @ConditionalOnMissingBean
    FormsEndpoints wxFormsEndpoints(FormsModule forms, ModuleRequests requests) {
        return new FormsEndpoints(forms, requests);
    }
}
