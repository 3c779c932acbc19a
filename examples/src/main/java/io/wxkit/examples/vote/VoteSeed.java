package io.wxkit.examples.vote;

import io.wxkit.examples.demo.DemoSeed;
import io.wxkit.modules.vote.PollDraft;
import io.wxkit.modules.vote.ResultsVisibility;
import io.wxkit.modules.vote.VoteLimit;
import io.wxkit.modules.vote.VoteModule;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The demo's two polls: one only followers of the service account may vote in (投票须关注), and an open one
 * with several choices a day. Both stay open for a year from the first start.
 */
@Component
class VoteSeed implements DemoSeed {
    static final String FOLLOW_REQUIRED_TITLE = "最受欢迎的社区活动";
    static final String OPEN_TITLE = "食堂新菜品投票";

    private final VoteModule vote;

    VoteSeed(VoteModule vote) {
        this.vote = vote;
    }

    @Override
    public String name() {
        return "vote-polls";
    }

    @Override
    public void seed() {
        Instant now = Instant.now();
        Instant opens = now.minus(Duration.ofDays(1));
        Instant closes = now.plus(Duration.ofDays(365));
        vote.polls().create(PollDraft.titled(FOLLOW_REQUIRED_TITLE, opens, closes)
                .description("关注服务号后即可投票，每人一票。Followers of the service account only, one ballot each.")
                .option("周末亲子手工课").option("社区读书会").option("广场舞大赛").option("义诊与健康讲座")
                .followRequired(true).limit(VoteLimit.once()).results(ResultsVisibility.ALWAYS));
        vote.polls().create(PollDraft.titled(OPEN_TITLE, opens, closes)
                .description("无需关注，每天可投 3 次，每次最多选 2 道菜。Anyone may vote, 3 times a day, up to 2 dishes.")
                .option("番茄牛腩").option("宫保鸡丁").option("清蒸鲈鱼").option("麻婆豆腐").option("地三鲜")
                .multipleChoice(1, 2).limit(VoteLimit.perDay(3)).results(ResultsVisibility.AFTER_VOTING));
    }
}
