package io.wxkit.pay.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The order a payment notification should pay, as the merchant's own records say: checking a
 * verified notification against it is what WeChat asks every merchant to do ("校验通知的信息是否与
 * 商户侧的信息一致") and what a hand-written comparison gets wrong (the amount forgotten, the
 * trade state not checked, another appid's payment accepted).
 *
 * <pre>{@code
 * PaymentNotification n = pay.notifications().parsePayment(headers, body);
 * Order o = orders.find(n.outTradeNo());
 * OrderMatch m = pay.notifications().expectedOrder(o.number(), o.totalFen()).check(n);
 * if (m instanceof OrderMatch.Mismatched bad) {
 *     alerts.raise("payment does not match order: " + bad.mismatches()); // every differing field
 * } else {
 *     orders.markPaid(o.number());
 * }
 * }</pre>
 *
 * @param mchId      the merchant that must have received the payment ({@code mchid})
 * @param appId      the appid the order was placed with ({@code appid})
 * @param outTradeNo the merchant's order number ({@code out_trade_no})
 * @param totalFen   the order total in fen ({@code amount.total})
 */
public record ExpectedOrder(String mchId, String appId, String outTradeNo, long totalFen) {
    /**
     * An expectation; {@link NotificationsApi#expectedOrder} fills in the merchant's mchid and appid.
     *
     * @param mchId      the merchant that must have received the payment ({@code mchid})
     * @param appId      the appid the order was placed with ({@code appid})
     * @param outTradeNo the merchant's order number ({@code out_trade_no})
     * @param totalFen   the order total in fen ({@code amount.total})
     * @throws NullPointerException if {@code mchId}, {@code appId} or {@code outTradeNo} is null
     * @throws IllegalArgumentException if {@code totalFen} is not positive
     */
    public ExpectedOrder {
        Objects.requireNonNull(mchId, "mchId");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(outTradeNo, "outTradeNo");
        if (totalFen <= 0) {
            throw new IllegalArgumentException("totalFen must be positive: " + totalFen);
        }
    }

    /**
     * Compares {@code notification} with this order: {@code out_trade_no}, {@code amount.total},
     * {@code mchid}, {@code appid}, and {@code trade_state} must be {@code SUCCESS}.
     *
     * @return {@link OrderMatch.Matched}, or {@link OrderMatch.Mismatched} listing every field that
     *         differs (never just the first)
     * @param notification a verified payment notification
     */
    public OrderMatch check(PaymentNotification notification) {
        var t = notification.transaction();
        List<OrderMatch.Mismatch> out = new ArrayList<>(5);
        compare(out, OrderMatch.Field.OUT_TRADE_NO, outTradeNo, t.outTradeNo());
        compare(out, OrderMatch.Field.TOTAL, Long.toString(totalFen), t.amount() == null ? null : Long.toString(t.totalFen()));
        compare(out, OrderMatch.Field.MCHID, mchId, t.mchId());
        compare(out, OrderMatch.Field.APPID, appId, t.appId());
        compare(out, OrderMatch.Field.TRADE_STATE, "SUCCESS", t.tradeState());
        return out.isEmpty() ? new OrderMatch.Matched(notification) : new OrderMatch.Mismatched(notification, out);
    }

    private static void compare(List<OrderMatch.Mismatch> out, OrderMatch.Field field, String expected, String actual) {
        if (!expected.equals(actual)) {
            out.add(new OrderMatch.Mismatch(field, expected, actual));
        }
    }
}
