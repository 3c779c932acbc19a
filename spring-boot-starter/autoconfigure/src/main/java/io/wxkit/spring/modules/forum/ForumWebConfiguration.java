package io.wxkit.spring.modules.forum;

import io.wxkit.modules.forum.ForumModule;
import io.wxkit.spring.modules.web.ModuleRequests;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The forum endpoints, when there is a {@link ForumModule}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(ForumModule.class)
@ConditionalOnBean(ForumModule.class)
public class ForumWebConfiguration {
    @Bean
    @ConditionalOnMissingBean
    ForumEndpoints wxForumEndpoints(ForumModule forum, ModuleRequests requests) {
        return new ForumEndpoints(forum, requests);
    }

    @Bean
    @ConditionalOnMissingBean
    ForumAdminEndpoints wxForumAdminEndpoints(ForumModule forum, ModuleRequests requests) {
        return new ForumAdminEndpoints(forum, requests);
    }
}
