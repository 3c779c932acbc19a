package io.wxkit.spring.modules.member;

import io.wxkit.modules.member.MemberModule;
import io.wxkit.spring.modules.web.ModuleRequests;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The member endpoints, when there is a {@link MemberModule}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(MemberModule.class)
@ConditionalOnBean(MemberModule.class)
public class MemberWebConfiguration {
    @Bean
    @ConditionalOnMissingBean
    MemberEndpoints wxMemberEndpoints(MemberModule member, ModuleRequests requests) {
        return new MemberEndpoints(member, requests);
    }

    @Bean
    @ConditionalOnMissingBean
    MemberAdminEndpoints wxMemberAdminEndpoints(MemberModule member, ModuleRequests requests) {
        return new MemberAdminEndpoints(member, requests);
    }
}
