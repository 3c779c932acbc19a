package io.wxkit.emulator.internal.pay;

import io.wxkit.emulator.internal.http.Resettable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Merchants, orders, refunds, transfers, the merchants' ledgers and the scenario options. Thread-safe. */
final class PayState implements Resettable {
    private final Map<String, Merchant> merchants = new HashMap<>();
    private final Map<String, Order> orders = new HashMap<>();
    private final Map<String, Order> byTransaction = new HashMap<>();
    private final Map<String, Refund> refunds = new HashMap<>();
    private final Map<String, Refund> refundsById = new HashMap<>();
    private final Map<String, Transfer> transfers = new HashMap<>();
    private final Map<String, Transfer> transfersByBillNo = new HashMap<>();
    final Ledger ledger = new Ledger();
    private boolean manualRefunds;

    synchronized void register(Merchant m) {
        merchants.put(m.mchId(), m);
    }

    synchronized Merchant merchant(String mchId) {
        return mchId == null ? null : merchants.get(mchId);
    }

    /** True when {@code cert} is the API certificate of a registered merchant (the TLS client check). */
    synchronized boolean isMerchantCertificate(java.security.cert.X509Certificate cert) {
        return merchants.values().stream().anyMatch(m -> cert.equals(m.certificate()));
    }

    synchronized Order order(String mchId, String outTradeNo) {
        return orders.get(mchId + "/" + outTradeNo);
    }

    synchronized void put(Order o) {
        orders.put(o.mchId + "/" + o.outTradeNo, o);
    }

    synchronized void paid(Order o) {
        byTransaction.put(o.transactionId(), o);
    }

    synchronized Order byTransaction(String transactionId) {
        return byTransaction.get(transactionId);
    }

    /** Orders with this out_trade_no across merchants (the control API names only the number). */
    synchronized List<Order> byOutTradeNo(String outTradeNo) {
        List<Order> out = new ArrayList<>();
        orders.values().forEach(o -> {
            if (o.outTradeNo.equals(outTradeNo)) {
                out.add(o);
            }
        });
        return out;
    }

    /** Every order, oldest first. */
    synchronized List<Order> all() {
        List<Order> out = new ArrayList<>(orders.values());
        out.sort(java.util.Comparator.comparing(o -> o.createdAt));
        return out;
    }

    synchronized Refund refund(String mchId, String outRefundNo) {
        return refunds.get(mchId + "/" + outRefundNo);
    }

    synchronized void put(Refund r) {
        refunds.put(r.mchId + "/" + r.outRefundNo, r);
        refundsById.put(r.refundId, r);
    }

    synchronized Refund refundById(String refundId) {
        return refundsById.get(refundId);
    }

    /** Refunds with this out_refund_no across merchants (the control API names only the number). */
    synchronized List<Refund> refundsByOutRefundNo(String outRefundNo) {
        return refunds.values().stream().filter(r -> r.outRefundNo.equals(outRefundNo)).toList();
    }

    synchronized Transfer transfer(String mchId, String outBillNo) {
        return transfers.get(mchId + "/" + outBillNo);
    }

    synchronized Transfer transferByBillNo(String transferBillNo) {
        return transfersByBillNo.get(transferBillNo);
    }

    synchronized void put(Transfer t) {
        transfers.put(t.mchId + "/" + t.outBillNo, t);
        transfersByBillNo.put(t.transferBillNo, t);
    }

    /** Transfers with this out_bill_no across merchants, or to this openid when {@code outBillNo} is null. */
    synchronized List<Transfer> transfers(String outBillNo, String openid) {
        return transfers.values().stream().filter(t -> outBillNo == null || t.outBillNo.equals(outBillNo))
                .filter(t -> openid == null || t.openid.equals(openid))
                .sorted(java.util.Comparator.comparing(t -> t.createTime)).toList();
    }

    /** Whether new refunds wait for {@code POST /emulator/refunds/{no}/finish} instead of succeeding at once. */
    synchronized boolean manualRefunds() {
        return manualRefunds;
    }

    synchronized void manualRefunds(boolean value) {
        manualRefunds = value;
    }

    /** Every refund, oldest first. */
    synchronized List<Refund> allRefunds() {
        return refunds.values().stream().sorted(java.util.Comparator.comparing(r -> r.createTime)).toList();
    }

    @Override
    public synchronized void reset() {
        merchants.clear();
        orders.clear();
        byTransaction.clear();
        refunds.clear();
        refundsById.clear();
        transfers.clear();
        transfersByBillNo.clear();
        ledger.reset();
        manualRefunds = false;
    }
}
