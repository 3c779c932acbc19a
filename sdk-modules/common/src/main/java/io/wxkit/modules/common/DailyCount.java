package io.wxkit.modules.common;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How many of something a module recorded on one day of the module's zone ({@link ModuleContext#zone()}): ballots
 * cast, draws, wins, threads, replies, submissions, new members. The modules' {@code perDay} queries answer one per
 * day of the range asked, days without any as {@code 0}.
 *
 * @param day   the day, in the module's zone
 * @param count how many that day, never negative
 */
public record DailyCount(LocalDate day, long count) {
    /**
     * Checks the day is present and the count not negative.
     *
     * @param day   the day, in the module's zone
     * @param count how many that day
     * @throws NullPointerException     if {@code day} is null
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public DailyCount {
        Objects.requireNonNull(day, "day");
        if (count < 0) {
            throw new IllegalArgumentException("a count is never negative: " + count);
        }
    }
}
