package io.wxkit.modules.lottery;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.modules.common.DailyCount;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.RateLimits;
import io.wxkit.modules.common.testkit.ModuleTestContext;
import io.wxkit.modules.common.testkit.MutableClock;
import io.wxkit.modules.common.testkit.TestDatabase;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The draws and the wins per day (the console's module activity) on H2 and PostgreSQL (database
 * {@code wxkit_lottery_days}): every draw counts, won or not; a win counts on the day it was drawn.
 */
class DrawsPerDayIT {

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"H2", "POSTGRESQL"})
    void drawsAndWinsCountOnTheirDay(TestDatabase db) {
        try (HikariDataSource ds = db.fresh("wxkit_lottery_days", 4)) {
            MutableClock clock = new MutableClock(ModuleTestContext.START);
            LotteryModule lottery = LotteryModule.create(ModuleContext.builder(ds).clock(clock)
                    .random(ModuleTestContext.seeded(7)).rateLimits(RateLimits.perMinute(1000, 10_000)).build());
            // a prize weighted 1:1 against no prize: which draws win is the random's say, so the wins per day must
            // equal what the draws answered that day (and the stock that went)
            Activity a = lottery.activities().create(ActivityDraft.of("Wheel", LotteryMode.WHEEL, ModuleTestContext.START,
                    ModuleTestContext.START.plus(Duration.ofDays(5))).prize("Mug", 1, 2).noPrize(1).drawLimits(10, 10));
            long wonDay1 = 0;
            for (String openid : new String[] {"oAnn", "oBob", "oCat"}) {
                wonDay1 += lottery.draws().spin(a.id(), Participant.of(openid), null).won() ? 1 : 0;
            }
            clock.advance(Duration.ofDays(1));
            long wonDay2 = lottery.draws().spin(a.id(), Participant.of("oAnn"), null).won() ? 1 : 0;

            LocalDate first = LocalDate.of(2026, 12, 1);
            assertThat(lottery.draws().perDay(first, first.plusDays(2))).containsExactly(new DailyCount(first, 3),
                    new DailyCount(first.plusDays(1), 1), new DailyCount(first.plusDays(2), 0));
            assertThat(lottery.wins().perDay(first, first.plusDays(2))).containsExactly(new DailyCount(first, wonDay1),
                    new DailyCount(first.plusDays(1), wonDay2), new DailyCount(first.plusDays(2), 0));
            assertThat(wonDay1 + wonDay2).isEqualTo(lottery.activities().get(a.id()).prizes().get(0).initialStock()
                    - lottery.activities().get(a.id()).prizes().get(0).stock());
            assertThat(lottery.draws().perDay(first.minusDays(3), first.minusDays(1))).extracting(DailyCount::count).containsOnly(0L);
        }
    }
}
