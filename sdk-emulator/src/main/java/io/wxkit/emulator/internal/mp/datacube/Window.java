package io.wxkit.emulator.internal.mp.datacube;

import io.wxkit.emulator.account.Activity;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * The days a data-cube query covers, in China Standard Time (WeChat's statistics day), and how an activity falls
 * into a day, an hour ({@code ref_hour} is hour × 100), a week (from its Monday) or a month (from its first day).
 */
record Window(LocalDate begin, LocalDate end) {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, CHINA);
    }

    static int refHour(Instant at) {
        return ZonedDateTime.ofInstant(at, CHINA).getHour() * 100;
    }

    static LocalDate week(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static LocalDate month(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    /** The first instant after {@code day} ends. */
    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(CHINA).toInstant();
    }

    boolean covers(Activity a) {
        LocalDate d = day(a.at());
        return !d.isBefore(begin) && !d.isAfter(end);
    }
}
