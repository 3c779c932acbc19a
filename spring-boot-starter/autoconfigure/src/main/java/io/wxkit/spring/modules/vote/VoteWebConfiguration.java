package io.wxkit.spring.modules.vote;

import io.wxkit.modules.vote.VoteModule;
import io.wxkit.spring.modules.web.ModuleRequests;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The vote endpoints, when there is a {@link VoteModule}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(VoteModule.class)
@ConditionalOnBean(VoteModule.class)
public class VoteWebConfiguration {
    @Bean
    @ConditionalOnMissingBean
    VoteEndpoints wxVoteEndpoints(VoteModule vote, ModuleRequests requests) {
        return new VoteEndpoints(vote, requests);
    }
}
