package io.wxkit.examples.lottery;

import io.wxkit.examples.demo.DemoSeed;
import io.wxkit.modules.lottery.LotteryModule;
import org.springframework.stereotype.Component;

/** Seeds the wheel and the boxes (the keyword activity is made with its callback rule, see {@link LotteryRules}). */
@Component
class LotterySeed implements DemoSeed {
    private final LotteryModule lottery;

    LotterySeed(LotteryModule lottery) {
        this.lottery = lottery;
    }

    @Override
    public String name() {
        return "lottery-activities";
    }

    @Override
    public void seed() {
        LotteryDemo.seedInstant(lottery);
    }
}
