package io.wxkit.modules.vote;

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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 200 threads voting at once on H2, PostgreSQL and MariaDB (database {@code wxkit_vote}, 25 connections):
 * every allowed slot is recorded exactly once, every refused one is refused with its code, and the totals
 * equal the rows.
 */
class VoteRaceIT {
    static final int THREADS = 200;
    static final Duration DEADLINE = Duration.ofMinutes(2);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onceOnlyPollRecordsOneBallotPerOpenid(TestDatabase db) throws Exception {
        try (HikariDataSource ds = db.fresh("wxkit_vote", 25)) {
            VoteModule vote = module(ds);
            Poll poll = vote.polls().create(PollDraft.titled("Race once", Instant.now().minusSeconds(60),
                    Instant.now().plus(Duration.ofDays(1))).option("A").option("B").option("C").multipleChoice(1, 2));
            // 150 distinct voters; voters 0..49 each send a second ballot at the same moment
            List<Race.Outcome<Ballot>> outcomes = Race.run(THREADS, DEADLINE, i -> () -> {
                int voter = i < 150 ? i : i - 150;
                List<Long> options = voter % 3 == 0
                        ? List.of(poll.options().get(0).id(), poll.options().get(1).id())
                        : List.of(poll.options().get(voter % 3).id());
                return vote.ballots().cast(poll.id(), Participant.of("oRace" + voter), "192.0.2." + (i % 250), options);
            });

            Map<String, Long> codes = codes(outcomes);
            assertThat(codes).containsExactlyInAnyOrderEntriesOf(Map.of("OK", 150L, "ALREADY_VOTED", 50L));
            PollResults r = vote.polls().resultsForStaff(poll.id());
            assertThat(r.ballots()).isEqualTo(150);
            long expectedA = 50;                       // voters 0, 3, .., 147 choose A and B
            long expectedB = 50 + 50;                  // those plus voters 1, 4, .., 148
            long expectedC = 50;                       // voters 2, 5, .., 149
            Map<String, Long> votes = r.ranking().stream().collect(Collectors.toMap(OptionResult::text, OptionResult::votes));
            assertThat(votes).isEqualTo(Map.of("A", expectedA, "B", expectedB, "C", expectedC));
            assertThat(vote.polls().check(poll.id())).isEqualTo(new TallyCheck(150, 150, 200, 200));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void nPerDayAndPerOptionLimitsHoldUnderConcurrentRetries(TestDatabase db) throws Exception {
        try (HikariDataSource ds = db.fresh("wxkit_vote", 25)) {
            VoteModule vote = module(ds);
            Poll poll = vote.polls().create(PollDraft.titled("Race daily", Instant.now().minusSeconds(60),
                    Instant.now().plus(Duration.ofDays(1))).option("A").option("B").option("C")
                    .limit(VoteLimit.perDay(3)).perOptionLimit(2));
            // 20 voters x 10 simultaneous attempts, each attempt on option A: the per-option limit (2) binds
            // before the daily limit (3); a 2nd wave on B then fills the last daily slot
            List<Race.Outcome<Ballot>> wave = Race.run(THREADS, DEADLINE, i -> () ->
                    vote.ballots().cast(poll.id(), Participant.of("oDaily" + (i % 20)), null, List.of(poll.options().get(0).id())));
            assertThat(codes(wave)).containsExactlyInAnyOrderEntriesOf(Map.of("OK", 40L, "OPTION_LIMIT_REACHED", 160L));
            List<Race.Outcome<Ballot>> second = Race.run(THREADS, DEADLINE, i -> () ->
                    vote.ballots().cast(poll.id(), Participant.of("oDaily" + (i % 20)), null, List.of(poll.options().get(1).id())));
            assertThat(codes(second)).containsExactlyInAnyOrderEntriesOf(Map.of("OK", 20L, "DAILY_LIMIT_REACHED", 180L));

            assertThat(vote.polls().check(poll.id())).isEqualTo(new TallyCheck(60, 60, 60, 60));
            Map<String, Long> votes = vote.polls().resultsForStaff(poll.id()).ranking().stream()
                    .collect(Collectors.toMap(OptionResult::text, OptionResult::votes));
            assertThat(votes).isEqualTo(Map.of("A", 40L, "B", 20L, "C", 0L));
        }
    }

    static VoteModule module(HikariDataSource ds) {
        ModuleContext context = ModuleContext.builder(ds).rateLimits(RateLimits.perMinute(10_000, 10_000)).build();
        return VoteModule.create(context);
    }

    static Map<String, Long> codes(List<? extends Race.Outcome<?>> outcomes) {
        return outcomes.stream().collect(Collectors.groupingBy((Function<Race.Outcome<?>, String>) o -> {
            if (o.ok()) {
                return "OK";
            }
            return o.error() instanceof ModuleException m ? m.code() : o.error().toString();
        }, Collectors.counting()));
    }
}
