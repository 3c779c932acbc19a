package io.wxkit.examples.lottery;

import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.lottery.Activity;
import io.wxkit.modules.lottery.ActivityDraft;
import io.wxkit.modules.lottery.LotteryMode;
import io.wxkit.modules.lottery.LotteryModule;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The demo's three activities: a wheel, boxes and a message-keyword entry, open for a year from the first start. */
final class LotteryDemo {
    static final String WHEEL_TITLE = "幸运大转盘";
    static final String BOXES_TITLE = "开盲盒赢好礼";
    static final String KEYWORD_TITLE = "留言抽奖";
    static final String KEYWORD = "抽奖";
    /** The winner's template message (the emulator accepts any well-formed id; real WeChat needs a real one). */
    static final String WIN_TEMPLATE_ID = "LOTTERY_WIN_NOTICE_01";

    private LotteryDemo() {
    }

    static void seedInstant(LotteryModule lottery) {
        Instant opens = Instant.now().minus(Duration.ofDays(1));
        Instant closes = opens.plus(Duration.ofDays(366));
        lottery.activities().create(ActivityDraft.of(WHEEL_TITLE, LotteryMode.WHEEL, opens, closes)
                .prize("保温杯", 30, 500).prize("帆布袋", 40, 1000).prize("10 积分", 20, 5000).noPrize(10)
                .drawLimits(30, 5).notifyWinners(WIN_TEMPLATE_ID));
        lottery.activities().create(ActivityDraft.of(BOXES_TITLE, LotteryMode.BOX, opens, closes)
                .prize("电影票", 20, 200).prize("咖啡券", 30, 500).noPrize(50)
                .boxes(9).drawLimits(9, 3).notifyWinners(WIN_TEMPLATE_ID));
    }

    /**
     * The keyword activity, created when missing. It is needed while the callback is being built (its rule names
     * the activity id), which is before the demo seeds run, so it cannot wait for the seeder.
     */
    static Activity keywordActivity(LotteryModule lottery) {
        return find(lottery, KEYWORD_TITLE).orElseGet(() -> {
            Instant opens = Instant.now().minus(Duration.ofDays(1));
            return lottery.activities().create(ActivityDraft.of(KEYWORD_TITLE, LotteryMode.MESSAGE, opens,
                    opens.plus(Duration.ofDays(366))).prize("社区定制雨伞", 1, 20).keyword(KEYWORD)
                    .followRequired(true).notifyWinners(WIN_TEMPLATE_ID));
        });
    }

    static Optional<Activity> find(LotteryModule lottery, String title) {
        return lottery.activities().list(PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .filter(a -> a.title().equals(title)).findFirst();
    }
}
