package io.wxkit.modules.common.internal.stats;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.DailyCount;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Counts a table's rows per day of the module's zone by an epoch-millisecond column, for the modules' {@code perDay}
 * queries. One query per call: the database groups the rows of the range into 15-minute buckets (every zone's
 * midnight is a 15-minute boundary, including +05:45) and the buckets are summed into days here, so a day is at
 * most 100 rows on the wire (96, or 92 / 100 on a daylight-saving day) whatever the number of rows counted; with
 * an index on the column it is one range scan. The table, column and condition are the calling module's
 * constants, never request data (checked: a name is {@code [a-z_]+}).
 */
public final class DayCounts {
    /** The longest range one call answers (a bit over a year). */
    public static final int MAX_DAYS = 400;
    static final long BUCKET_MS = 900_000L;
    private static final Pattern NAME = Pattern.compile("[a-z_]+");

    private DayCounts() {
    }

    /**
     * The rows of {@code table} whose {@code column} falls on each day from {@code first} to {@code last} (both
     * included) in the context's zone, and that also match {@code condition} (a fixed SQL condition of the
     * module, e.g. {@code "prize_id IS NOT NULL"}, or {@code null}).
     *
     * @throws ModuleException {@code INVALID_INPUT} when a day is missing, {@code last} is before {@code first}
     *                         or the range is longer than {@value #MAX_DAYS} days
     */
    public static List<DailyCount> of(ModuleContext context, String table, String column, String condition,
                                      LocalDate first, LocalDate last) {
        long[] bounds = bounds(context, first, last);
        if (!NAME.matcher(table).matches() || !NAME.matcher(column).matches()) {
            throw new IllegalArgumentException("not a table or column name: " + table + "." + column);
        }
        String bucket = column + " - MOD(" + column + ", " + BUCKET_MS + ")";
        String sql = "SELECT " + bucket + ", COUNT(*) FROM " + table + " WHERE " + column + " >= :f AND " + column
                + " < :t" + (condition == null ? "" : " AND (" + condition + ")") + " GROUP BY " + bucket;
        long[] counts = new long[bounds.length - 1];
        context.jdbi().useHandle(h -> h.createQuery(sql).bind("f", bounds[0]).bind("t", bounds[bounds.length - 1])
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .forEach(row -> counts[dayOf(bounds, row[0])] += row[1]));
        List<DailyCount> out = new ArrayList<>(counts.length);
        for (int d = 0; d < counts.length; d++) {
            out.add(new DailyCount(first.plusDays(d), counts[d]));
        }
        return out;
    }

    /** Where each day of the range starts, in epoch ms, and where the range ends (one more than the days). */
    static long[] bounds(ModuleContext context, LocalDate first, LocalDate last) {
        if (first == null || last == null) {
            throw new ModuleException(CommonError.INVALID_INPUT, "a day range needs its first and last day");
        }
        long days = last.toEpochDay() - first.toEpochDay() + 1;
        if (days < 1 || days > MAX_DAYS) {
            throw new ModuleException(CommonError.INVALID_INPUT, "a day range is 1 to " + MAX_DAYS + " days, got "
                    + first + " .. " + last);
        }
        long[] bounds = new long[(int) days + 1];
        for (int d = 0; d <= days; d++) {
            bounds[d] = first.plusDays(d).atStartOfDay(context.zone()).toInstant().toEpochMilli();
        }
        return bounds;
    }

    /** The day whose [start, next start) holds {@code at} (binary search: a day may be 23 or 25 hours). */
    static int dayOf(long[] bounds, long at) {
        int lo = 0;
        int hi = bounds.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (bounds[mid] <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
