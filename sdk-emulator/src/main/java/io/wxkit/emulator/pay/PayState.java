package io.wxkit.emulator.pay;

import io.wxkit.emulator.internal.http.Resettable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Merchants, orders and refunds held by the emulator. Thread-safe. */
final class PayState implements Resettable {
    private final Map<String, Merchant> merchants = new HashMap<>();
    private final Map<String, Order> orders = new HashMap<>();
    private final Map<String, Order> byTransaction = new HashMap<>();
    private final Map<String, Refund> refunds = new HashMap<>();

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

    synchronized void put(String mchId, Refund r) {
        refunds.put(mchId + "/" + r.outRefundNo(), r);
    }

    @Override
    public synchronized void reset() {
        merchants.clear();
        orders.clear();
        byTransaction.clear();
        refunds.clear();
    }
}
