package io.wxkit.modules.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.modules.common.DailyCount;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.RateLimits;
import io.wxkit.modules.common.testkit.ModuleTestContext;
import io.wxkit.modules.common.testkit.MutableClock;
import io.wxkit.modules.common.testkit.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The members who joined per day (the console's module activity) on H2 and PostgreSQL (database {@code wxkit_member_days}). */
class MembersPerDayIT {

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"H2", "POSTGRESQL"})
    void membersCountOnTheDayTheyJoinedAndOnlyOnce(TestDatabase db) {
        try (HikariDataSource ds = db.fresh("wxkit_member_days", 4)) {
            MutableClock clock = new MutableClock(ModuleTestContext.START);
            MemberModule member = MemberModule.create(ModuleContext.builder(ds).clock(clock)
                    .rateLimits(RateLimits.perMinute(1000, 10_000)).build(),
                    "a card secret of 32 bytes or more!".getBytes(StandardCharsets.UTF_8));
            member.members().join(Participant.of("oAnn"), "sales");
            member.members().join(Participant.of("oBob"), null);
            clock.advance(Duration.ofDays(2));
            member.members().join(Participant.of("oCat"), "sales");
            member.members().join(Participant.of("oAnn"), "sales");          // already a member: not new

            LocalDate first = LocalDate.of(2026, 12, 1);
            assertThat(member.members().perDay(first, first.plusDays(2))).containsExactly(new DailyCount(first, 2),
                    new DailyCount(first.plusDays(1), 0), new DailyCount(first.plusDays(2), 1));
        }
    }
}
