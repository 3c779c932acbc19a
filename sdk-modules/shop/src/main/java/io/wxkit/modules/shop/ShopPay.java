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

    /**
     * The merchant every payment must reach ({@code mchid}).
     *
     * @return the merchant id
     */
    String mchId();

    /**
     * The appid orders are placed with ({@code appid}).
     *
     * @return the appid
     */
    String appId();

    /**
     * JSAPI prepay ({@code POST /v3/pay/transactions/jsapi}); idempotent per {@code out_trade_no}.
     *
     * @param order the order to prepay
     * @return the signed parameters of {@code wx.requestPayment} / {@code getBrandWCPayRequest}
     */
    Map<String, String> prepay(PrepayOrder order);

    /**
     * The order as WeChat Pay knows it, empty when it does not ({@code ORDER_NOT_EXIST}).
     *
     * @param outTradeNo the order's {@code out_trade_no}
     * @return the transaction, or empty for {@code ORDER_NOT_EXIST}
     */
    Optional<Transaction> query(String outTradeNo);

    /**
     * Closes an unpaid order so it can no longer be paid.
     *
     * @param outTradeNo the order's {@code out_trade_no}
     */
    void close(String outTradeNo);

    /**
     * Applies for a refund; the same {@code outRefundNo} is refunded at most once.
     *
     * @param outTradeNo the order's {@code out_trade_no}
     * @param outRefundNo the refund's {@code out_refund_no}
     * @param refundFen {@code amount.refund}, in fen
     * @param totalFen {@code amount.total}, the order's total in fen
     * @param reason {@code reason}, shown to the buyer
     * @return WeChat Pay's answer, whose {@code status} may already be final
     */
    Refund refund(String outTradeNo, String outRefundNo, long refundFen, long totalFen, String reason);

    /**
     * Verifies, decrypts and types a notification; throws on a bad signature, window or key.
     *
     * @param headers the request's headers
     * @param body the raw request body
     * @return the payment or refund notification
     */
    Notification parse(Map<String, String> headers, String body);

    /**
     * Streams the {@code ALL} trade bill of {@code day}; throws if its digest does not match.
     *
     * @param day the bill day
     * @param rows called once per bill line, in file order
     */
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
