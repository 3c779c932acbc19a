package io.wxkit.spring.pay;

import io.wxkit.pay.WxPay;
import io.wxkit.pay.notification.PaymentNotification;

/**
 * A verified, deduplicated payment notification with {@code trade_state=SUCCESS}. A listener that throws
 * makes the endpoint answer failure, so WeChat Pay redelivers; listeners stay idempotent on the order.
 */
public record PaymentSucceededEvent(WxPay merchant, PaymentNotification notification) {
}
