package io.wxkit.modules.shop;

import io.wxkit.pay.bill.TradeBillRow;
import io.wxkit.pay.notification.Notification;
import io.wxkit.pay.payment.Transaction;
import io.wxkit.pay.refund.Refund;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the shop asks of WeChat Pay. {@code io.wxkit.modules.shop.wechat.WxPayShopPay} is the sdk-pay
 * implementation; the data it hands back are sdk-pay's own types, so that the order matching is sdk-pay's
 * {@link io.wxkit.pay.notification.ExpectedOrder}.
 */
public interface ShopPay {

    /** The merchant every payment must reach ({@code mchid}). */
    String mchId();

    /** The appid orders are placed with ({@code appid}). */
    String appId();

    /**
     * JSAPI prepay ({@code POST /v3/pay/transactions/jsapi}); idempotent per {@code out_trade_no}.
     *
     * @return the signed parameters of {@code wx.requestPayment} / {@code getBrandWCPayRequest}
     */
    Map<String, String> prepay(PrepayOrder order);

    /** The order as WeChat Pay knows it, empty when it does not ({@code ORDER_NOT_EXIST}). */
    Optional<Transaction> query(String outTradeNo);

    /** Closes an unpaid order so it can no longer be paid. */
    void close(String outTradeNo);

    /** Applies for a refund; the same {@code outRefundNo} is refunded at most once. */
    Refund refund(String outTradeNo, String outRefundNo, long refundFen, long totalFen, String reason);

    /** Verifies, decrypts and types a notification; throws on a bad signature, window or key. */
    Notification parse(Map<String, String> headers, String body);

    /** Streams the {@code ALL} trade bill of {@code day}; throws if its digest does not match. */
    void readTradeBill(LocalDate day, Consumer<TradeBillRow> rows);

    /**
     * An order to prepay.
     *
     * @param outTradeNo  {@code out_trade_no}
     * @param description {@code description}
     * @param totalFen    {@code amount.total}
     * @param openid      {@code payer.openid}
     * @param timeExpire  {@code time_expire}
     */
    record PrepayOrder(String outTradeNo, String description, long totalFen, String openid, Instant timeExpire) {}
}
