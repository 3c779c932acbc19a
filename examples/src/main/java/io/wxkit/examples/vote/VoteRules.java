package io.wxkit.examples.vote;

import io.wxkit.modules.vote.VoteCallbacks;
import io.wxkit.modules.vote.VoteModule;
import io.wxkit.mp.callback.Rule;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * 扫码关注后投票: a non-follower who scans the poll's QR code (scene {@code vote:<id>}) follows and is answered
 * with the poll's link; a follower who scans gets the same. Two {@code Rule} beans, ordered before other
 * features' follow rules (only the follow-recording rules, which let matching continue, come earlier).
 */
@Configuration(proxyBeanMethods = false)
class VoteRules {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    Rule<?> voteFollowFromPollQrCode(VoteModule vote, Environment env) {
        return rules(vote, env).get(0);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 21)
    Rule<?> voteScanOfPollQrCode(VoteModule vote, Environment env) {
        return rules(vote, env).get(1);
    }

    static String reply(String baseUrl, long pollId, String title) {
        return "欢迎参与投票「" + title + "」，点击进入：" + baseUrl + "/vote/" + pollId;
    }

    private static List<Rule<?>> rules(VoteModule vote, Environment env) {
        String baseUrl = env.getProperty("examples.public-base-url", "");
        return VoteCallbacks.followToVote(vote, poll -> reply(baseUrl, poll.id(), poll.title()));
    }
}
