package io.wxkit.spring.pay;

import io.wxkit.pay.WxPay;
import io.wxkit.pay.notification.RefundNotification;

/** A verified, deduplicated refund notification with {@code refund_status=SUCCESS}; as {@link PaymentSucceededEvent}. */
public record RefundSucceededEvent(WxPay merchant, RefundNotification notification) {
}
