package io.wxkit.modules.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.RateLimits;
import io.wxkit.modules.common.testkit.Race;
import io.wxkit.modules.common.testkit.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 200 threads on one member's points at once on H2, PostgreSQL and MariaDB (database {@code wxkit_member},
 * 25 connections): the balance never goes below zero, nothing is spent twice, a business key counts once
 * however many threads retry it, and the balance always equals the ledger.
 */
class PointsRaceIT {
    static final int THREADS = 200;
    static final Duration DEADLINE = Duration.ofMinutes(3);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void neverNegativeNoDoubleSpendIdempotentUnderRaces(TestDatabase db) throws Exception {
        try (HikariDataSource ds = db.fresh("wxkit_member", 25)) {
            ModuleContext context = ModuleContext.builder(ds).rateLimits(RateLimits.perMinute(10_000, 10_000)).build();
            MemberModule member = MemberModule.create(context, MemberRulesTest.SECRET);
            member.members().join(Participant.of("oRich"), null);
            member.points().earn("oRich", 100, "seed", null, null);

            // 40 business keys, each sent by 5 threads at once, each spending 10 of the 100 points
            List<Race.Outcome<PointsEntry>> spends = Race.run(THREADS, DEADLINE, i ->
                    () -> member.points().spend("oRich", 10, "spend:" + (i % 40), null));
            Map<String, Long> codes = codes(spends);
            assertThat(codes).containsExactlyInAnyOrderEntriesOf(Map.of("OK", 50L, "INSUFFICIENT_POINTS", 150L));
            Map<String, List<Long>> idsByKey = spends.stream().filter(Race.Outcome::ok).map(Race.Outcome::value)
                    .collect(Collectors.groupingBy(PointsEntry::businessKey, Collectors.mapping(PointsEntry::id, Collectors.toList())));
            assertThat(idsByKey).hasSize(10);
            idsByKey.values().forEach(ids -> assertThat(ids).hasSize(5).containsOnly(ids.get(0)));
            assertThat(member.points().balance("oRich")).isZero();
            assertLedgerMatches(context.jdbi(), "oRich", 0);

            // 200 threads earn with one key: one entry, counted once
            List<Race.Outcome<PointsEntry>> earns = Race.run(THREADS, DEADLINE, i ->
                    () -> member.points().earn("oRich", 7, "checkin:20261203", null, null));
            assertThat(earns).allMatch(Race.Outcome::ok);
            assertThat(earns.stream().map(o -> o.value().id()).distinct()).hasSize(1);
            assertThat(member.points().balance("oRich")).isEqualTo(7);

            // earning and spending interleaved: whatever the order, never negative and equal to the ledger
            List<Race.Outcome<PointsEntry>> mixed = Race.run(THREADS, DEADLINE, i -> () -> i % 2 == 0
                    ? member.points().earn("oRich", 10, "e" + i, null, null)
                    : member.points().spend("oRich", 15, "s" + i, null));
            long earned = mixed.stream().filter(o -> o.ok() && o.value().delta() > 0).count() * 10;
            long spent = mixed.stream().filter(o -> o.ok() && o.value().delta() < 0).count() * 15;
            assertThat(codes(mixed).keySet()).isSubsetOf("OK", "INSUFFICIENT_POINTS");
            assertThat(earned).isEqualTo(1000);
            assertThat(member.points().balance("oRich")).isEqualTo(7 + earned - spent).isNotNegative();
            assertLedgerMatches(context.jdbi(), "oRich", 7 + earned - spent);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void concurrentJoinsMakeOneProfileAndOneCard(TestDatabase db) throws Exception {
        try (HikariDataSource ds = db.fresh("wxkit_member", 25)) {
            ModuleContext context = ModuleContext.builder(ds).rateLimits(RateLimits.perMinute(10_000, 10_000)).build();
            MemberModule member = MemberModule.create(context, MemberRulesTest.SECRET);
            List<Race.Outcome<Member>> joins = Race.run(100, DEADLINE, i -> () -> member.members().join(Participant.of("oTwin"), "d" + i));
            assertThat(joins).allMatch(Race.Outcome::ok);
            assertThat(joins.stream().map(o -> o.value().cardNo()).distinct()).hasSize(1);
            int rows = context.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM wxkit_member_member").mapTo(Integer.class).one());
            assertThat(rows).isEqualTo(1);
        }
    }

    static void assertLedgerMatches(Jdbi jdbi, String openid, long balance) {
        long sum = jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(p.delta), 0) FROM wxkit_member_points p"
                + " JOIN wxkit_member_member m ON m.id = p.member_id WHERE m.openid = :o").bind("o", openid).mapTo(Long.class).one());
        long lots = jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(p.remaining), 0) FROM wxkit_member_points p"
                + " JOIN wxkit_member_member m ON m.id = p.member_id WHERE m.openid = :o").bind("o", openid).mapTo(Long.class).one());
        assertThat(sum).as("ledger sum").isEqualTo(balance);
        assertThat(lots).as("unspent lots").isEqualTo(balance);
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
