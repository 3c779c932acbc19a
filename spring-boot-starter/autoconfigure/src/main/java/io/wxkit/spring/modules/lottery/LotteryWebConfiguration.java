package io.wxkit.spring.modules.lottery;

import io.wxkit.modules.lottery.LotteryModule;
import io.wxkit.spring.modules.web.ModuleRequests;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lottery endpoints, when there is a {@link LotteryModule}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(LotteryModule.class)
@ConditionalOnBean(LotteryModule.class)
public class LotteryWebConfiguration {
    @Bean
    @ConditionalOnMissingBean
    LotteryEndpoints wxLotteryEndpoints(LotteryModule lottery, ModuleRequests requests) {
        return new LotteryEndpoints(lottery, requests);
    }
}
