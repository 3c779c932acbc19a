package io.wxkit.benchmarks.scale;

import io.wxkit.modules.shop.ShopPay;
import io.wxkit.pay.bill.TradeBillRow;
import io.wxkit.pay.notification.Notification;
import io.wxkit.pay.payment.Transaction;
import io.wxkit.pay.refund.Refund;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The shop's WeChat Pay port for a benchmark that only reads orders: it names a merchant and refuses every
 * call to WeChat Pay, so a measured read that reached for payment would fail loudly instead of faking it.
 */
final class ReadOnlyShopPay implements ShopPay {
    @Override
    public String mchId() {
        return "1900000109";
    }

    @Override
    public String appId() {
        return "wxscalebenchmark";
    }

    @Override
    public Map<String, String> prepay(PrepayOrder order) {
        throw refused("prepay");
    }

    @Override
    public Optional<Transaction> query(String outTradeNo) {
        throw refused("query");
    }

    @Override
    public void close(String outTradeNo) {
        throw refused("close");
    }

    @Override
    public Refund refund(String outTradeNo, String outRefundNo, long refundFen, long totalFen, String reason) {
        throw refused("refund");
    }

    @Override
    public Notification parse(Map<String, String> headers, String body) {
        throw refused("parse");
    }

    @Override
    public void readTradeBill(LocalDate day, Consumer<TradeBillRow> rows) {
        throw refused("readTradeBill");
    }

    private static UnsupportedOperationException refused(String call) {
        return new UnsupportedOperationException("the scale benchmark only reads orders; it does not call WeChat Pay ("
                + call + ")");
    }
}
