package io.wxkit.modules.shop;

import io.wxkit.modules.common.ModuleContext;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** Daily sales (销售统计) in the context's zone: orders paid, amount paid and amount refunded that day. Thread-safe. */
public final class SalesStatistics {
    private final ModuleContext context;

    SalesStatistics(ModuleContext context) {
        this.context = context;
    }

    /** The sales of {@code day}. */
    public DailySales of(LocalDate day) {
        long from = ZonedDateTime.of(day.atStartOfDay(), context.zone()).toInstant().toEpochMilli();
        long to = ZonedDateTime.of(day.plusDays(1).atStartOfDay(), context.zone()).toInstant().toEpochMilli();
        return context.jdbi().withHandle(h -> {
            var paid = h.createQuery("SELECT COUNT(*), COALESCE(SUM(total_fen), 0) FROM wxkit_shop_order WHERE paid_at >= :f AND paid_at < :t")
                    .bind("f", from).bind("t", to).map((rs, c) -> new long[] {rs.getLong(1), rs.getLong(2)}).one();
            long refunded = h.createQuery("SELECT COALESCE(SUM(refund_fen), 0) FROM wxkit_shop_refund"
                            + " WHERE status = 'SUCCESS' AND finished_at >= :f AND finished_at < :t")
                    .bind("f", from).bind("t", to).mapTo(Long.class).one();
            long units = h.createQuery("SELECT COALESCE(SUM(i.quantity), 0) FROM wxkit_shop_order_item i JOIN wxkit_shop_order o"
                            + " ON o.id = i.order_id WHERE o.paid_at >= :f AND o.paid_at < :t")
                    .bind("f", from).bind("t", to).mapTo(Long.class).one();
            return new DailySales(day, paid[0], units, paid[1], refunded);
        });
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
        /** {@code paidFen - refundedFen}. */
        public long netFen() {
            return paidFen - refundedFen;
        }
    }
}
