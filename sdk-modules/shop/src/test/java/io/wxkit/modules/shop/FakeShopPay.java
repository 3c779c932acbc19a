package io.wxkit.modules.shop;

import io.wxkit.pay.WxPayException;
import io.wxkit.pay.bill.TradeBillRow;
import io.wxkit.pay.notification.Notification;
import io.wxkit.pay.notification.PaymentNotification;
import io.wxkit.pay.notification.RefundNotification;
import io.wxkit.pay.payment.Transaction;
import io.wxkit.pay.refund.Refund;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * WeChat Pay as the unit tests script it: prepays and closes are recorded, query answers and refund
 * statuses are set per order, parse hands back the notification registered for the body (or refuses, as a
 * bad signature would).
 */
final class FakeShopPay implements ShopPay {
    static final String MCH_ID = "1900000109";
    static final String APP_ID = "wx2a3b4c5d6e7f8091";
    final List<PrepayOrder> prepaid = new CopyOnWriteArrayList<>();
    final List<String> closed = new CopyOnWriteArrayList<>();
    final List<String> refunded = new CopyOnWriteArrayList<>();
    final Map<String, Transaction> queryAnswers = new ConcurrentHashMap<>();
    final Map<String, Notification> signedBodies = new ConcurrentHashMap<>();
    volatile String refundStatus = "PROCESSING";
    volatile boolean failRefunds;
    volatile List<TradeBillRow> bill = List.of();

    @Override
    public String mchId() {
        return MCH_ID;
    }

    @Override
    public String appId() {
        return APP_ID;
    }

    @Override
    public Map<String, String> prepay(PrepayOrder order) {
        prepaid.add(order);
        return Map.of("appId", APP_ID, "package", "prepay_id=wx" + order.outTradeNo());
    }

    @Override
    public Optional<Transaction> query(String outTradeNo) {
        return Optional.ofNullable(queryAnswers.get(outTradeNo));
    }

    @Override
    public void close(String outTradeNo) {
        closed.add(outTradeNo);
    }

    @Override
    public Refund refund(String outTradeNo, String outRefundNo, long refundFen, long totalFen, String reason) {
        if (failRefunds) {
            throw new WxPayException(0, "NETWORK", "unreachable", null, null, null, 1, null);
        }
        refunded.add(outRefundNo);
        return new Refund("50" + outRefundNo, outRefundNo, "42" + outTradeNo, outTradeNo, "ORIGINAL", "支付用户零钱",
                null, Instant.now(), refundStatus, null,
                new Refund.Amount(totalFen, refundFen, totalFen, refundFen, refundFen, totalFen, 0, "CNY"));
    }

    @Override
    public Notification parse(Map<String, String> headers, String body) {
        Notification n = signedBodies.get(body);
        if (n == null) {
            throw new WxPayException(0, "SIGNATURE_INVALID", "notification rejected", null, null, null, 0, null);
        }
        return n;
    }

    @Override
    public void readTradeBill(LocalDate day, Consumer<TradeBillRow> rows) {
        bill.forEach(rows);
    }

    static Transaction transaction(String appId, String mchId, String outTradeNo, String state, long totalFen) {
        return new Transaction(appId, mchId, outTradeNo, "4200" + outTradeNo, "JSAPI", state, null, "OTHERS", null,
                "SUCCESS".equals(state) ? Instant.now() : null, new Transaction.Payer("oBuyer000001"),
                new Transaction.Amount(totalFen, totalFen, "CNY", "CNY"));
    }

    static PaymentNotification paid(String id, Transaction t) {
        return new PaymentNotification(id, Instant.now(), "TRANSACTION.SUCCESS", "支付成功", t);
    }

    static PaymentNotification paid(String id, String outTradeNo, long totalFen) {
        return paid(id, transaction(APP_ID, MCH_ID, outTradeNo, "SUCCESS", totalFen));
    }

    static RefundNotification refundResult(String id, String outTradeNo, String outRefundNo, String status, long refundFen, long totalFen) {
        return new RefundNotification(id, Instant.now(), "REFUND." + status, "退款", new RefundNotification.Resource(MCH_ID, outTradeNo,
                "4200" + outTradeNo, outRefundNo, "50" + outRefundNo, status, Instant.now(), "支付用户零钱",
                new RefundNotification.Amount(totalFen, refundFen, totalFen, refundFen)));
    }
}
