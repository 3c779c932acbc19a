package io.wxkit.spring.pay;

import io.wxkit.pay.WxPay;
import io.wxkit.pay.notification.Notification;

/**
 * Every other verified notification: a refund that closed or failed (ABNORMAL, CLOSED), a payment in a
 * state other than SUCCESS, or an event type this version does not type ({@code UnknownNotification}).
 */
public record PayNotificationEvent(WxPay merchant, Notification notification) {
}
