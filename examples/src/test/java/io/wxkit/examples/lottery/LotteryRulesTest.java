package io.wxkit.examples.lottery;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.lottery.LotteryCallbacks;
import io.wxkit.modules.lottery.LotteryError;
import org.junit.jupiter.api.Test;

class LotteryRulesTest {

    @Test
    void everyKeywordOutcomeHasItsOwnAnswer() {
        assertThat(LotteryRules.reply(LotteryCallbacks.ENTERED)).contains("报名成功");
        assertThat(LotteryRules.reply("ALREADY_ENTERED")).contains("已经报名");
        assertThat(LotteryRules.reply("NOT_FOLLOWER")).contains("关注");
        assertThat(LotteryRules.reply("SOMETHING_NEW")).contains("稍后再试");
    }

    @Test
    void refusalsAreWordedForPeople() {
        assertThat(LotteryMessages.of(new ModuleException(LotteryError.DAILY_DRAW_LIMIT_REACHED, "x"))).contains("明天");
        assertThat(LotteryMessages.of(new ModuleException(CommonError.NOT_FOLLOWER, "x"))).contains("关注服务号");
        assertThat(LotteryMessages.of(new ModuleException(LotteryError.NO_ENTRANTS, "x"))).contains("NO_ENTRANTS");
    }
}
