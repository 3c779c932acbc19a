package io.wxkit.modules.shop.wechat;

import io.wxkit.modules.shop.ShopPay;
import io.wxkit.pay.WxPay;
import io.wxkit.pay.WxPayException;
import io.wxkit.pay.bill.TradeBillRow;
import io.wxkit.pay.notification.Notification;
import io.wxkit.pay.payment.Order;
import io.wxkit.pay.payment.Transaction;
import io.wxkit.pay.refund.Refund;
import io.wxkit.pay.refund.RefundRequest;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@link ShopPay} of a merchant: sdk-pay's JSAPI prepay, order query and close, refunds, notification
 * parsing and the streaming trade-bill reader.
 *
 * <pre>{@code
 * ShopModule shop = ShopModule.create(context, WxPayShopPay.of(pay, "https://shop.example.com/pay/notify"), Duration.ofMinutes(30));
 * }</pre>
 */
public final class WxPayShopPay implements ShopPay {
    private final WxPay pay;
    private final String notifyUrl;

    private WxPayShopPay(WxPay pay, String notifyUrl) {
        this.pay = pay;
        this.notifyUrl = notifyUrl;
    }

    /**
     * Pays through {@code pay} (which must have a default appid); payment and refund notifications go to
     * {@code notifyUrl}, the URL that calls {@code shop.payments().handle(headers, body)}.
     *
     * @param pay the merchant's client; not null
     * @param notifyUrl the notification URL; not null
     * @return the shop's WeChat Pay side
     * @throws NullPointerException if an argument is null
     */
    public static WxPayShopPay of(WxPay pay, String notifyUrl) {
        Objects.requireNonNull(pay, "pay");
        if (pay.appId() == null) {
            throw new IllegalArgumentException("the WxPay needs a default appid: WxPay.builder().appId(..)");
        }
        return new WxPayShopPay(pay, Objects.requireNonNull(notifyUrl, "notifyUrl"));
    }

    @Override
    public String mchId() {
        return pay.mchId();
    }

    @Override
    public String appId() {
        return pay.appId();
    }

    @Override
    public Map<String, String> prepay(PrepayOrder order) {
        return pay.jsapi().prepay(Order.of(order.outTradeNo(), order.description(), Math.toIntExact(order.totalFen()), order.openid())
                .timeExpire(order.timeExpire()).notifyUrl(notifyUrl)).toMap();
    }

    @Override
    public Optional<Transaction> query(String outTradeNo) {
        try {
            return Optional.of(pay.transactions().queryByOutTradeNo(outTradeNo));
        } catch (WxPayException e) {
            if ("ORDER_NOT_EXIST".equals(e.code())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void close(String outTradeNo) {
        pay.transactions().close(outTradeNo);
    }

    @Override
    public Refund refund(String outTradeNo, String outRefundNo, long refundFen, long totalFen, String reason) {
        return pay.refunds().create(RefundRequest.ofOutTradeNo(outTradeNo, outRefundNo, refundFen, totalFen).reason(reason)
                .notifyUrl(notifyUrl));
    }

    @Override
    public Notification parse(Map<String, String> headers, String body) {
        return pay.notifications().parse(headers, body);
    }

    @Override
    public void readTradeBill(LocalDate day, Consumer<TradeBillRow> rows) {
        pay.bills().readTradeBill(pay.bills().applyTradeBill(day, "ALL", false), rows);
    }
}
