package io.wxkit.modules.lottery;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.RateLimits;
import io.wxkit.modules.common.testkit.Race;
import io.wxkit.modules.common.testkit.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 200 threads drawing at once on H2, PostgreSQL and MariaDB (database {@code wxkit_lottery}, 25 connections):
 * stock never below zero and exactly used up, per-user limits held, every draw logged.
 */
class LotteryRaceIT {
    static long number(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoHundredConcurrentSpinsNeverOversellOrExceedLimits(TestDatabase db) throws Exception {
        try (HikariDataSource ds = db.fresh("wxkit_lottery", 25)) {
            ModuleContext context = ModuleContext.builder(ds).rateLimits(RateLimits.perMinute(10_000, 10_000)).build();
            LotteryModule l = LotteryModule.create(context);
            Activity a = l.activities().create(ActivityDraft.of("Race", LotteryMode.WHEEL, Instant.now().minusSeconds(60),
                    Instant.now().plus(Duration.ofDays(1))).prize("Mug", 5, 30).prize("Pen", 5, 20).drawLimits(2, 0).winLimit(1));
            // 100 users, each drawing 2 times at once: 200 draws for 50 units, at most 1 win per user
            List<Race.Outcome<DrawResult>> outcomes = Race.run(200, Duration.ofMinutes(2), i -> () ->
                    l.draws().spin(a.id(), Participant.of("oSpin" + (i % 100)), null));
            Map<String, Long> codes = outcomes.stream().collect(Collectors.groupingBy(o -> o.ok()
                    ? (o.value().won() ? "WON" : "NO_PRIZE")
                    : (o.error() instanceof ModuleException m ? m.code() : o.error().toString()), Collectors.counting()));
            assertThat(codes.getOrDefault("WON", 0L)).isEqualTo(50);
            assertThat(codes.getOrDefault("WON", 0L) + codes.getOrDefault("NO_PRIZE", 0L)
                    + codes.getOrDefault("OUT_OF_STOCK", 0L)).as("%s", codes).isEqualTo(200);
            assertThat(l.activities().get(a.id()).prizes()).allSatisfy(p -> assertThat(p.stock()).isZero());
            Jdbi jdbi = context.jdbi();
            assertThat(number(jdbi, "SELECT COUNT(*) FROM wxkit_lottery_win")).isEqualTo(50);
            assertThat(number(jdbi, "SELECT MAX(c) FROM (SELECT COUNT(*) c FROM wxkit_lottery_win GROUP BY openid) x")).isEqualTo(1);
            assertThat(number(jdbi, "SELECT COUNT(*) FROM wxkit_lottery_draw"))
                    .isEqualTo(codes.getOrDefault("WON", 0L) + codes.getOrDefault("NO_PRIZE", 0L));
            assertThat(number(jdbi, "SELECT MAX(draws_total) FROM wxkit_lottery_player"))
                    .isLessThanOrEqualTo(2L);
        }
    }
}
