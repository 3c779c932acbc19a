package io.wxkit.modules.shop;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.pay.bill.TradeBillRow;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily reconciliation (对账) against WeChat Pay's {@code ALL} trade bill of a day (streamed through
 * sdk-pay's bill reader, digest checked): every order paid here that day must be a {@code SUCCESS} line of
 * the same amount, every {@code SUCCESS} line must be an order paid here, and every refund line must be a
 * refund that succeeded here for the same amount. Every difference is reported, none is repaired: money
 * questions go to a person.
 *
 * <p>Thread-safe. The bill is held as a map of order numbers to amounts of the day (not the whole file).
 */
public final class Reconciliation {
    private final ModuleContext context;
    private final ShopPay pay;

    Reconciliation(ModuleContext context, ShopPay pay) {
        this.context = context;
        this.pay = pay;
    }

    /**
     * Reconciles {@code day} (in the context's zone, as WeChat Pay's bill day in Beijing time).
     *
     * @param day the bill day
     * @return every difference, sorted by kind then number; empty when the day reconciles
     * @throws ModuleException {@code PAY_FAILED} if the bill cannot be downloaded or its digest differs
     */
    public List<Difference> reconcile(LocalDate day) {
        Map<String, Long> billPaid = new HashMap<>();
        Map<String, Long> billRefunds = new HashMap<>();
        try {
            pay.readTradeBill(day, row -> collect(row, billPaid, billRefunds));
        } catch (RuntimeException e) {
            throw new ModuleException(ShopError.PAY_FAILED, "the trade bill of " + day + " could not be read", e);
        }
        return compare(day, billPaid, billRefunds);
    }

    /** The comparison itself, on bill lines already read (what {@link #reconcile} streams). */
    List<Difference> compare(LocalDate day, Map<String, Long> billPaid, Map<String, Long> billRefunds) {
        long from = ZonedDateTime.of(day.atStartOfDay(), context.zone()).toInstant().toEpochMilli();
        long to = ZonedDateTime.of(day.plusDays(1).atStartOfDay(), context.zone()).toInstant().toEpochMilli();
        Map<String, Long> ours = context.jdbi().withHandle(h -> h.createQuery("SELECT out_trade_no, total_fen FROM wxkit_shop_order"
                        + " WHERE paid_at >= :f AND paid_at < :t").bind("f", from).bind("t", to)
                .map((rs, c) -> Map.entry(rs.getString(1), rs.getLong(2))).list()).stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Long> ourRefunds = context.jdbi().withHandle(h -> h.createQuery("SELECT out_refund_no, refund_fen FROM wxkit_shop_refund"
                        + " WHERE status = 'SUCCESS' AND finished_at >= :f AND finished_at < :t").bind("f", from).bind("t", to)
                .map((rs, c) -> Map.entry(rs.getString(1), rs.getLong(2))).list()).stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<Difference> out = new ArrayList<>();
        diff(out, ours, billPaid, Difference.Kind.PAID_HERE_NOT_IN_BILL, Difference.Kind.IN_BILL_NOT_PAID_HERE,
                Difference.Kind.AMOUNT_DIFFERS);
        diff(out, ourRefunds, billRefunds, Difference.Kind.REFUNDED_HERE_NOT_IN_BILL, Difference.Kind.REFUND_IN_BILL_NOT_HERE,
                Difference.Kind.REFUND_AMOUNT_DIFFERS);
        out.sort(java.util.Comparator.comparing(Difference::kind).thenComparing(Difference::number));
        return out;
    }

    private static void collect(TradeBillRow row, Map<String, Long> paid, Map<String, Long> refunds) {
        if (row.outRefundNo() != null && !row.outRefundNo().isEmpty() && "SUCCESS".equals(row.refundStatus())) {
            refunds.merge(row.outRefundNo(), row.refundFen(), Long::sum);
        } else if ("SUCCESS".equals(row.tradeState()) && row.outTradeNo() != null) {
            paid.merge(row.outTradeNo(), row.orderTotalFen() > 0 ? row.orderTotalFen() : row.settlementTotalFen(), Long::sum);
        }
    }

    private static void diff(List<Difference> out, Map<String, Long> ours, Map<String, Long> bill, Difference.Kind onlyOurs,
                             Difference.Kind onlyBill, Difference.Kind amount) {
        ours.forEach((no, fen) -> {
            Long billed = bill.get(no);
            if (billed == null) {
                out.add(new Difference(onlyOurs, no, fen, 0));
            } else if (billed.longValue() != fen) {
                out.add(new Difference(amount, no, fen, billed));
            }
        });
        bill.forEach((no, fen) -> {
            if (!ours.containsKey(no)) {
                out.add(new Difference(onlyBill, no, 0, fen));
            }
        });
    }

    /**
     * One difference between the shop and the bill.
     *
     * @param kind      what differs
     * @param number    the {@code out_trade_no} or {@code out_refund_no}
     * @param oursFen   the shop's amount (0 when absent here)
     * @param billFen   the bill's amount (0 when absent there)
     */
    public record Difference(Kind kind, String number, long oursFen, long billFen) {
        /** The kinds of difference. */
        public enum Kind {
            /** Paid here that day, no SUCCESS line in the bill. */
            PAID_HERE_NOT_IN_BILL,
            /** A SUCCESS line for an order not paid here that day (unknown, flagged, or paid another day). */
            IN_BILL_NOT_PAID_HERE,
            /** Both have it with different amounts. */
            AMOUNT_DIFFERS,
            /** Refunded here that day, no refund line in the bill. */
            REFUNDED_HERE_NOT_IN_BILL,
            /** A successful refund line the shop does not have as succeeded that day. */
            REFUND_IN_BILL_NOT_HERE,
            /** Both have the refund with different amounts. */
            REFUND_AMOUNT_DIFFERS
        }
    }
}
