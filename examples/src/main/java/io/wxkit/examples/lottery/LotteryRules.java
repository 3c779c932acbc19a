package io.wxkit.examples.lottery;

import io.wxkit.core.message.Text;
import io.wxkit.modules.lottery.LotteryCallbacks;
import io.wxkit.modules.lottery.LotteryModule;
import io.wxkit.mp.callback.Rule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * 留言抽奖: a follower who sends the keyword to the account enters the keyword activity. A {@code Rule} bean, so
 * the starter installs it on the callbacks; ordered first so that a catch-all text rule of another feature
 * cannot swallow the keyword.
 */
@Configuration(proxyBeanMethods = false)
class LotteryRules {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    Rule<Text> lotteryKeywordEntry(LotteryModule lottery) {
        long activityId = LotteryDemo.keywordActivity(lottery).id();
        return LotteryCallbacks.messageEntry(lottery, activityId, LotteryRules::reply);
    }

    static String reply(String outcome) {
        return switch (outcome) {
            case LotteryCallbacks.ENTERED -> "报名成功！开奖后中奖者会收到通知。You are in the draw.";
            case "ALREADY_ENTERED" -> "您已经报名了，请等待开奖。You are already in.";
            case "NOT_FOLLOWER" -> "请先关注本服务号再参与抽奖。Follow the account first.";
            case "ACTIVITY_CLOSED" -> "活动已结束。The activity has closed.";
            case "ACTIVITY_NOT_STARTED" -> "活动尚未开始。The activity has not started.";
            default -> "暂时无法报名，请稍后再试。Please try again later.";
        };
    }
}
