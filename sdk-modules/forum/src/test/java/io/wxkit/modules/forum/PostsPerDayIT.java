package io.wxkit.modules.forum;

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
 * The threads and replies posted per day (the console's module activity) on H2 and PostgreSQL (database
 * {@code wxkit_forum_days}), over every board, nested replies included, a thread deleted later still counted.
 */
class PostsPerDayIT {
    static final String IP = "203.0.113.9";

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"H2", "POSTGRESQL"})
    void threadsAndRepliesCountOnTheDayTheyWerePosted(TestDatabase db) {
        try (HikariDataSource ds = db.fresh("wxkit_forum_days", 4)) {
            MutableClock clock = new MutableClock(ModuleTestContext.START);
            ForumModule forum = ForumModule.create(ModuleContext.builder(ds).clock(clock)
                    .rateLimits(RateLimits.perMinute(1000, 10_000)).build());
            Board general = forum.boards().create("General", null, 1);
            Board news = forum.boards().create("News", null, 2);
            ForumThread t1 = forum.threads().post(general.id(), Participant.of("oAnn"), IP, "Hello", "First post");
            clock.advance(Duration.ofMinutes(5));
            ForumThread t2 = forum.threads().post(news.id(), Participant.of("oBob"), IP, "News", "Second post");
            Reply top = forum.replies().post(t1.id(), Participant.of("oBob"), IP, "Hi Ann", ReplyTo.thread());
            clock.advance(Duration.ofDays(1));
            forum.replies().post(t1.id(), Participant.of("oCat"), IP, "Nested", ReplyTo.nestedUnder(top.id()));
            forum.replies().post(t2.id(), Participant.of("oAnn"), IP, "Thanks", ReplyTo.thread());
            forum.boards().grantAdmin("oMod");
            forum.moderation().deleteThread("oMod", t2.id(), "off topic");

            LocalDate first = LocalDate.of(2026, 12, 1);
            assertThat(forum.threads().perDay(first, first.plusDays(1)))
                    .containsExactly(new DailyCount(first, 2), new DailyCount(first.plusDays(1), 0));
            assertThat(forum.replies().perDay(first, first.plusDays(1)))
                    .containsExactly(new DailyCount(first, 1), new DailyCount(first.plusDays(1), 2));
            assertThat(forum.replies().perDay(first.plusDays(2), first.plusDays(8))).extracting(DailyCount::count).containsOnly(0L);
        }
    }
}
