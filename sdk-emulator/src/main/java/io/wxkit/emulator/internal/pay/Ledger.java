package io.wxkit.emulator.internal.pay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each merchant's basic account (基本账户): an opening balance plus every movement the emulator made — payments
 * in, fees, refunds, transfers and red packets out. The fund-flow bill is read from it. Thread-safe.
 */
final class Ledger {
    /** The balance a merchant starts with (100 000 CNY), so transfers and red packets work without payments first. */
    static final long OPENING_BALANCE_FEN = 10_000_000L;
    private final Map<String, List<Entry>> entries = new HashMap<>();
    private final Map<String, Long> balances = new HashMap<>();

    /**
     * One movement.
     *
     * @param businessId  微信支付业务单号 (transaction_id, refund_id, transfer_bill_no, send_listid)
     * @param flowId      资金流水单号
     * @param name        业务名称
     * @param type        业务类型
     * @param income      收入 (true) or 支出
     * @param amountFen   收支金额
     * @param balanceFen  账户结余 after it
     * @param voucherNo   业务凭证号 (the merchant's number)
     * @param remark      备注
     */
    record Entry(Instant at, String businessId, String flowId, String name, String type, boolean income,
                 long amountFen, long balanceFen, String voucherNo, String remark) {
    }

    synchronized long balance(String mchId) {
        return balances.getOrDefault(mchId, OPENING_BALANCE_FEN);
    }

    /** Records one movement; false (nothing recorded) when an expense exceeds the balance. */
    synchronized boolean record(String mchId, Instant at, String businessId, String flowId, String name, String type,
                                long signedFen, String voucherNo, String remark) {
        long after = balance(mchId) + signedFen;
        if (after < 0) {
            return false;
        }
        balances.put(mchId, after);
        entries.computeIfAbsent(mchId, k -> new ArrayList<>()).add(new Entry(at, businessId, flowId, name, type,
                signedFen >= 0, Math.abs(signedFen), after, voucherNo, remark));
        return true;
    }

    synchronized List<Entry> entries(String mchId) {
        return List.copyOf(entries.getOrDefault(mchId, List.of()));
    }

    synchronized void reset() {
        entries.clear();
        balances.clear();
    }
}
