package io.wxkit.modules.common.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.DailyCount;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.testkit.TestDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Rows counted per day of the module's zone on H2, PostgreSQL and MariaDB (database {@code wxkit_daycounts}): the
 * last millisecond of a day counts on that day and midnight on the next, rows outside the range count nowhere,
 * the module's fixed condition filters, a 23-hour daylight-saving day and a +05:45 zone bucket correctly, and a
 * bad range is refused.
 */
class DayCountsIT {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void countsEachDayOfTheZoneFromMidnightToMidnight(TestDatabase db) {
        try (HikariDataSource ds = db.fresh("wxkit_daycounts", 2)) {
            ModuleContext context = ModuleContext.builder(ds).zone(SHANGHAI).build();
            table(context);
            LocalDate d1 = LocalDate.of(2026, 12, 1);
            insert(context, at(d1.minusDays(1), 23, 59, 59, 999, SHANGHAI), true);   // before the range
            insert(context, at(d1, 0, 0, 0, 0, SHANGHAI), true);
            insert(context, at(d1, 23, 59, 59, 999, SHANGHAI), true);
            insert(context, at(d1, 12, 0, 0, 0, SHANGHAI), false);                    // filtered out by the condition
            insert(context, at(d1.plusDays(1), 0, 0, 0, 0, SHANGHAI), true);
            insert(context, at(d1.plusDays(3), 0, 0, 0, 0, SHANGHAI), true);          // after the range

            assertThat(DayCounts.of(context, "t_daily", "at_ms", "kept = 1", d1, d1.plusDays(2))).containsExactly(
                    new DailyCount(d1, 2), new DailyCount(d1.plusDays(1), 1), new DailyCount(d1.plusDays(2), 0));
            assertThat(DayCounts.of(context, "t_daily", "at_ms", null, d1, d1)).containsExactly(new DailyCount(d1, 3));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shortDaysAndQuarterHourZonesBucketOnTheirOwnMidnight(TestDatabase db) {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZoneId kathmandu = ZoneId.of("Asia/Kathmandu");
        try (HikariDataSource ds = db.fresh("wxkit_daycounts", 2)) {
            ModuleContext inBerlin = ModuleContext.builder(ds).zone(berlin).build();
            table(inBerlin);
            LocalDate dst = LocalDate.of(2026, 3, 29);                               // 23 hours in Berlin
            insert(inBerlin, at(dst, 23, 59, 0, 0, berlin), true);
            insert(inBerlin, at(dst.plusDays(1), 0, 1, 0, 0, berlin), true);
            assertThat(DayCounts.of(inBerlin, "t_daily", "at_ms", null, dst, dst.plusDays(1)))
                    .containsExactly(new DailyCount(dst, 1), new DailyCount(dst.plusDays(1), 1));

            ModuleContext inKathmandu = ModuleContext.builder(ds).zone(kathmandu).build();
            LocalDate day = LocalDate.of(2026, 6, 1);
            insert(inKathmandu, at(day, 0, 0, 0, 0, kathmandu), true);
            insert(inKathmandu, at(day.minusDays(1), 23, 59, 0, 0, kathmandu), true);
            assertThat(DayCounts.of(inKathmandu, "t_daily", "at_ms", null, day.minusDays(1), day))
                    .containsExactly(new DailyCount(day.minusDays(1), 1), new DailyCount(day, 1));
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "H2")
    void aReversedOrTooLongRangeIsRefused(TestDatabase db) {
        try (HikariDataSource ds = db.fresh("wxkit_daycounts", 2)) {
            ModuleContext context = ModuleContext.builder(ds).build();
            LocalDate d = LocalDate.of(2026, 12, 1);
            assertThatThrownBy(() -> DayCounts.of(context, "t_daily", "at_ms", null, d, d.minusDays(1)))
                    .isInstanceOfSatisfying(ModuleException.class, e -> assertThat(e.code()).isEqualTo(CommonError.INVALID_INPUT.name()));
            assertThatThrownBy(() -> DayCounts.of(context, "t_daily", "at_ms", null, d, d.plusDays(DayCounts.MAX_DAYS)))
                    .isInstanceOfSatisfying(ModuleException.class, e -> assertThat(e.code()).isEqualTo(CommonError.INVALID_INPUT.name()));
            assertThatThrownBy(() -> DayCounts.of(context, "t_daily; DROP TABLE x", "at_ms", null, d, d))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static void table(ModuleContext context) {
        context.jdbi().useHandle(h -> h.execute("CREATE TABLE t_daily (at_ms BIGINT NOT NULL, kept INT NOT NULL)"));
    }

    private static void insert(ModuleContext context, long atMs, boolean kept) {
        context.jdbi().useHandle(h -> h.execute("INSERT INTO t_daily (at_ms, kept) VALUES (?, ?)", atMs, kept ? 1 : 0));
    }

    private static long at(LocalDate day, int hour, int minute, int second, int milli, ZoneId zone) {
        return LocalDateTime.of(day.getYear(), day.getMonth(), day.getDayOfMonth(), hour, minute, second, milli * 1_000_000)
                .atZone(zone).toInstant().toEpochMilli();
    }
}
