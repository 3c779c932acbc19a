package io.wxkit.spring.pay;

import io.wxkit.pay.WxPay;
import io.wxkit.pay.notification.TransferNotification;

/** A verified, deduplicated transfer (商家转账) notification: the bill reached a final state ({@code state}). */
public record TransferFinishedEvent(WxPay merchant, TransferNotification notification) {
}
