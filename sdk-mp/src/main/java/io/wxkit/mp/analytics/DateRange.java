package io.wxkit.mp.analytics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The inclusive date range of a data-cube ({@code /datacube/*}) query: {@code begin_date} ..
 * {@code end_date}, in China Standard Time days. Each endpoint caps the number of days
 * (its "maximum span"); {@link AnalyticsApi} checks the cap before calling WeChat.
 *
 * <pre>{@code
 * List<UserSummary> rows = mp.analytics().userSummary(DateRange.of(monday, sunday));
 * }</pre>
 *
 * @param begin first day, inclusive
 * @param end last day, inclusive, not before {@code begin}
 */
@JsonPropertyOrder({"begin_date", "end_date"})
public record DateRange(@JsonIgnore LocalDate begin, @JsonIgnore LocalDate end) {

    /**
     * Checks the range.
     *
     * @param begin first day, inclusive; not null
     * @param end last day, inclusive; not null
     * @throws NullPointerException if {@code begin} or {@code end} is null
     * @throws IllegalArgumentException if {@code end} is before {@code begin}
     */
    public DateRange {
        Objects.requireNonNull(begin, "begin");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(begin)) {
            throw new IllegalArgumentException("end " + end + " is before begin " + begin);
        }
    }

    /**
     * The range {@code begin .. end}, both inclusive.
     *
     * @param begin first day, inclusive; not null
     * @param end last day, inclusive; not before {@code begin}
     * @return the range
     * @throws IllegalArgumentException if {@code end} is before {@code begin}
     */
    public static DateRange of(LocalDate begin, LocalDate end) {
        return new DateRange(begin, end);
    }

    /**
     * A one-day range, as the hourly endpoints require.
     *
     * @param day the day; not null
     * @return the range {@code day .. day}
     */
    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    /**
     * Number of days covered, counting both ends (a one-day range has 1).
     *
     * @return {@code end - begin + 1}, at least 1
     */
    public long days() {
        return ChronoUnit.DAYS.between(begin, end) + 1;
    }

    @JsonProperty("begin_date")
    String beginDate() {
        return begin.toString();
    }

    @JsonProperty("end_date")
    String endDate() {
        return end.toString();
    }
}
