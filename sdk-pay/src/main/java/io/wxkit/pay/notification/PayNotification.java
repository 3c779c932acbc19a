package io.wxkit.pay.notification;

import java.time.Instant;

/** What every verified and decrypted WeChat Pay notification (回调通知) carries. */
public interface PayNotification {
    /** The notification id ({@code id}, e.g. {@code EV-2018022511223320873}); the same for every redelivery. */
    String id();

    /** {@code create_time}. */
    Instant createTime();

    /** {@code event_type}, e.g. {@code TRANSACTION.SUCCESS}, {@code REFUND.SUCCESS}. */
    String eventType();
}
