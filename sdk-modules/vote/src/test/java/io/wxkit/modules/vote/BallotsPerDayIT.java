package io.wxkit.modules.vote;

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
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The ballots cast per day (the console's module activity) on H2 and PostgreSQL (database {@code wxkit_vote_days}). */
class BallotsPerDayIT {

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"H2", "POSTGRESQL"})
    void ballotsCountOnTheDayTheyWereCastOverEveryPoll(TestDatabase db) {
        try (HikariDataSource ds = db.fresh("wxkit_vote_days", 4)) {
            MutableClock clock = new MutableClock(ModuleTestContext.START);
            VoteModule vote = VoteModule.create(ModuleContext.builder(ds).clock(clock)
                    .rateLimits(RateLimits.perMinute(1000, 10_000)).build());
            Poll daily = vote.polls().create(PollDraft.titled("Daily", ModuleTestContext.START.minusSeconds(60),
                    ModuleTestContext.START.plus(Duration.ofDays(5))).option("A").option("B").limit(VoteLimit.perDay(2)));
            Poll once = vote.polls().create(PollDraft.titled("Once", ModuleTestContext.START.minusSeconds(60),
                    ModuleTestContext.START.plus(Duration.ofDays(5))).option("X").option("Y"));
            long a = daily.options().get(0).id();
            vote.ballots().cast(daily.id(), Participant.of("oAnn"), null, List.of(a));
            vote.ballots().cast(daily.id(), Participant.of("oAnn"), null, List.of(a));
            vote.ballots().cast(once.id(), Participant.of("oBob"), null, List.of(once.options().get(1).id()));
            clock.advance(Duration.ofDays(2));
            vote.ballots().cast(daily.id(), Participant.of("oAnn"), null, List.of(a));

            LocalDate first = LocalDate.of(2026, 12, 1);
            assertThat(vote.ballots().perDay(first.minusDays(1), first.plusDays(3))).containsExactly(
                    new DailyCount(first.minusDays(1), 0), new DailyCount(first, 3), new DailyCount(first.plusDays(1), 0),
                    new DailyCount(first.plusDays(2), 1), new DailyCount(first.plusDays(3), 0));
            assertThat(vote.ballots().perDay(first.plusDays(4), first.plusDays(9))).extracting(DailyCount::count)
                    .containsOnly(0L).hasSize(6);
        }
    }
}
