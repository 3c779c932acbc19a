package io.wxkit.pay;

import io.wxkit.pay.notification.Notification;
import java.util.Objects;

/**
 * A notification verified and decrypted by the merchant it belongs to, as routed by
 * {@link WxPayRegistry#parse}.
 *
 * @param merchant     the merchant whose keys verified and decrypted it (its {@code mchid} is the resource's)
 * @param notification the typed notification
 */
public record RoutedNotification(WxPay merchant, Notification notification) {
    /**
     * A routed notification.
     *
     * @param merchant     the merchant whose keys verified and decrypted it (its {@code mchid} is the resource's)
     * @param notification the typed notification
     * @throws NullPointerException if either component is null
     */
    public RoutedNotification {
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(notification, "notification");
    }
}
