package io.wxkit.modules.shop;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.CommonError;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Daily sales (销售统计) in the context's zone: orders paid, units in them, amount paid and amount refunded that day.
 * Read from the running totals that each payment and refund adds to in its own transaction ({@link SalesRollup}),
 * never from the orders: a day is at most 100 rows of 15 minutes × shards, a range of days is one range scan of
 * the primary key, whatever the shop's history. Thread-safe.
 */
public final class SalesStatistics {
    /** The longest range {@link #between} answers (a bit over a year). */
    public static final int MAX_DAYS = 400;
    private final ModuleContext context;

    SalesStatistics(ModuleContext context) {
        this.context = context;
    }

    /**
     * The sales of {@code day}.
     *
     * @param day the day, in the context's zone
     * @return the day's totals, zeros when nothing sold
     */
    public DailySales of(LocalDate day) {
        return between(day, day).get(0);
    }

    /**
     * The sales of every day from {@code first} to {@code last} (both included), one entry per day, days without
     * sales as zeros. One query.
     *
     * @param first the first day, in the context's zone
     * @param last the last day, not before {@code first}
     * @return one entry per day, in order
     * @throws ModuleException {@code INVALID_INPUT} when {@code last} is before {@code first} or the range is longer
     *     than {@value #MAX_DAYS} days
     */
    public List<DailySales> between(LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay() + 1;
        if (days < 1 || days > MAX_DAYS) {
            throw new ModuleException(CommonError.INVALID_INPUT, "a sales range is 1 to " + MAX_DAYS + " days, got " + first + " .. " + last);
        }
        long[] bounds = new long[(int) days + 1]; // bucket where each day starts, and where the range ends
        for (int d = 0; d <= days; d++) {
            bounds[d] = SalesRollup.bucket(ZonedDateTime.of(first.plusDays(d).atStartOfDay(), context.zone()).toInstant().toEpochMilli());
        }
        long[][] sums = new long[(int) days][4];
        context.jdbi().useHandle(h -> h.createQuery("SELECT bucket, SUM(paid_orders), SUM(units_sold), SUM(paid_fen), SUM(refunded_fen)"
                        + " FROM wxkit_shop_sales_rollup WHERE bucket >= :f AND bucket < :t GROUP BY bucket")
                .bind("f", bounds[0]).bind("t", bounds[(int) days])
                .map((rs, c) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)})
                .forEach(row -> {
                    int d = dayOf(bounds, row[0]);
                    for (int k = 0; k < 4; k++) {
                        sums[d][k] += row[k + 1];
                    }
                }));
        List<DailySales> out = new ArrayList<>((int) days);
        for (int d = 0; d < days; d++) {
            out.add(new DailySales(first.plusDays(d), sums[d][0], sums[d][1], sums[d][2], sums[d][3]));
        }
        return out;
    }

    /** The day whose [start, next start) holds {@code bucket} (binary search: days may be 23 or 25 hours). */
    private static int dayOf(long[] bounds, long bucket) {
        int lo = 0;
        int hi = bounds.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (bounds[mid] <= bucket) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * One day's sales.
     *
     * @param day         the day
     * @param paidOrders  orders paid that day
     * @param unitsSold   units in those orders
     * @param paidFen     amount paid that day, in fen
     * @param refundedFen refunds that succeeded that day, in fen
     */
    public record DailySales(LocalDate day, long paidOrders, long unitsSold, long paidFen, long refundedFen) {
        /**
         * {@code paidFen - refundedFen}.
         *
         * @return the day's net takings in fen; negative when refunds exceed payments
         */
        public long netFen() {
            return paidFen - refundedFen;
        }
    }
}
