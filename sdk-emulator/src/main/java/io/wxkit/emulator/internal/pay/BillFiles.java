package io.wxkit.emulator.internal.pay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes trade and fund-flow bills in WeChat Pay's text layout: a header line, one detail line per record whose
 * every cell starts with a backtick (so spreadsheets keep long numbers as text), then a summary header and a
 * summary line, also backtick-prefixed. Amounts in yuan with two decimals, times in Beijing time.
 */
final class BillFiles {
    static final String TRADE_HEADER = "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,"
            + "付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,"
            + "商户数据包,手续费,费率,订单金额,申请退款金额,费率备注";
    static final String TRADE_SUMMARY = "总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额";
    static final String FUND_HEADER = "记账时间,微信支付业务单号,资金流水单号,业务名称,业务类型,收支类型,收支金额（元）,账户结余（元）,"
            + "资金变更提交申请人,备注,业务凭证号";
    static final String FUND_SUMMARY = "资金流水总笔数,收入笔数,收入金额,支出笔数,支出金额";
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** The emulator's fee rate, 0.60 %, rounded half-up to the fen per payment. */
    private static final String RATE = "0.60%";

    private BillFiles() {
    }

    static long fee(long totalFen) {
        return (totalFen * 6 + 500) / 1000;
    }

    static boolean on(Instant at, LocalDate day) {
        return at != null && LocalDateTime.ofInstant(at, CHINA).toLocalDate().equals(day);
    }

    /** The trade bill: paid orders (bill types ALL, SUCCESS) and succeeded refunds (ALL, REFUND) of one day. */
    static String trade(List<Order> paid, List<Refund> refunds, List<Order> refundedOrders) {
        StringBuilder sb = new StringBuilder(256 * (paid.size() + refunds.size() + 2)).append(TRADE_HEADER).append('\n');
        long settlement = 0;
        long fees = 0;
        long refunded = 0;
        for (Order o : paid) {
            long fee = fee(o.total);
            settlement += o.total;
            fees += fee;
            row(sb, time(o.successTime()), o.appId, o.mchId, "0", "", o.transactionId(), o.outTradeNo, o.payerOpenid(),
                    o.tradeType, "SUCCESS", "OTHERS", "CNY", yuan(o.total), "0.00", "0", "0", "0.00", "0.00", "", "",
                    o.description, o.attach == null ? "" : o.attach, yuan(fee), RATE, yuan(o.total), "0.00", "");
        }
        for (int i = 0; i < refunds.size(); i++) {
            Refund r = refunds.get(i);
            Order o = refundedOrders.get(i);
            refunded += r.refund;
            row(sb, time(r.successTime()), o.appId, o.mchId, "0", "", o.transactionId(), o.outTradeNo,
                    o.payerOpenid(), o.tradeType, "REFUND", "OTHERS", "CNY", "0.00", "0.00", r.refundId, r.outRefundNo,
                    yuan(r.refund), "0.00", r.channel(), "SUCCESS", o.description, o.attach == null ? "" : o.attach,
                    "0.00", RATE, yuan(o.total), yuan(r.refund), "");
        }
        sb.append(TRADE_SUMMARY).append('\n');
        row(sb, Integer.toString(paid.size() + refunds.size()), yuan(settlement), yuan(refunded), "0.00", yuan(fees),
                yuan(settlement), yuan(refunded));
        return sb.toString();
    }

    /** The fund-flow bill of the basic account for one day. */
    static String fundFlow(List<Ledger.Entry> entries) {
        StringBuilder sb = new StringBuilder(160 * (entries.size() + 2)).append(FUND_HEADER).append('\n');
        long in = 0;
        long out = 0;
        int ins = 0;
        for (Ledger.Entry e : entries) {
            if (e.income()) {
                in += e.amountFen();
                ins++;
            } else {
                out += e.amountFen();
            }
            row(sb, time(e.at()), e.businessId(), e.flowId(), e.name(), e.type(), e.income() ? "收入" : "支出",
                    yuan(e.amountFen()), yuan(e.balanceFen()), "system", e.remark() == null ? "" : e.remark(),
                    e.voucherNo());
        }
        sb.append(FUND_SUMMARY).append('\n');
        row(sb, Integer.toString(entries.size()), Integer.toString(ins), yuan(in),
                Integer.toString(entries.size() - ins), yuan(out));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            sb.append(i == 0 ? "`" : ",`").append(cells[i] == null ? "" : cells[i]);
        }
        sb.append('\n');
    }

    private static String time(Instant at) {
        return LocalDateTime.ofInstant(at, CHINA).format(TIME);
    }

    static String yuan(long fen) {
        return (fen / 100) + "." + String.format("%02d", fen % 100);
    }
}
