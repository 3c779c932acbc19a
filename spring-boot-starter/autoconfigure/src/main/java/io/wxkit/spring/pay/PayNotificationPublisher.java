package io.wxkit.spring.pay;

import io.wxkit.core.dedup.DedupStore;
import io.wxkit.pay.RoutedNotification;
import io.wxkit.pay.WxPay;
import io.wxkit.pay.notification.Notification;
import io.wxkit.pay.notification.NotificationAnswer;
import io.wxkit.pay.notification.NotificationDeduplicator;
import io.wxkit.pay.notification.PaymentNotification;
import io.wxkit.pay.notification.RefundNotification;
import io.wxkit.pay.notification.TransferNotification;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Dedupes a verified notification per merchant and publishes it as a Spring event, synchronously: a
 * listener that throws turns into a failure answer so WeChat Pay redelivers.
 */
final class PayNotificationPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(PayNotificationPublisher.class);

    private final DedupStore store;
    private final ApplicationEventPublisher events;
    private final Map<String, NotificationDeduplicator> dedupers = new ConcurrentHashMap<>();

    PayNotificationPublisher(DedupStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    NotificationAnswer publish(RoutedNotification routed) {
        WxPay merchant = routed.merchant();
        NotificationDeduplicator dedup = dedupers.computeIfAbsent(merchant.mchId(), id ->
                NotificationDeduplicator.create(store, "wxpay:" + id, Duration.ofMinutes(1), Duration.ofHours(25)));
        try {
            return dedup.handle(routed.notification(), n -> events.publishEvent(event(merchant, n)));
        } catch (RuntimeException listenerFailed) {
            LOG.warn("a listener of WeChat Pay notification {} failed ({}); answering failure so it is redelivered",
                    routed.notification().id(), listenerFailed.getClass().getSimpleName());
            return NotificationAnswer.failure("处理失败");
        }
    }

    private static Object event(WxPay merchant, Notification n) {
        if (n instanceof PaymentNotification p && "SUCCESS".equals(p.tradeState())) {
            return new PaymentSucceededEvent(merchant, p);
        }
        if (n instanceof RefundNotification r && "SUCCESS".equals(r.refundStatus())) {
            return new RefundSucceededEvent(merchant, r);
        }
        if (n instanceof TransferNotification t) {
            return new TransferFinishedEvent(merchant, t);
        }
        return new PayNotificationEvent(merchant, n);
    }
}
