package io.wxkit.spring.actuate;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.wxkit.spring.pay.PayNotificationEvent;
import io.wxkit.spring.pay.PaymentSucceededEvent;
import io.wxkit.spring.pay.RefundSucceededEvent;
import io.wxkit.spring.pay.TransferFinishedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Each WeChat Pay notification the starter verified and published, as {@code wxkit.pay.notifications}
 * (type {@code payment}, {@code refund}, {@code transfer} or {@code other}). Refused notifications are not
 * seen here: the pay endpoint has no hook for them yet.
 */
final class ObservedPayNotifications implements ApplicationListener<PayloadApplicationEvent<?>> {
    static final String NAME = "wxkit.pay.notifications";

    private final ObservationRegistry registry;

    ObservedPayNotifications(ObservationRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onApplicationEvent(PayloadApplicationEvent<?> event) {
        String type = type(event.getPayload());
        if (type != null) {
            Observation.createNotStarted(NAME, registry).lowCardinalityKeyValue("type", type)
                    .lowCardinalityKeyValue("result", "verified").start().stop();
        }
    }

    private static String type(Object payload) {
        if (payload instanceof PaymentSucceededEvent) {
            return "payment";
        }
        if (payload instanceof RefundSucceededEvent) {
            return "refund";
        }
        if (payload instanceof TransferFinishedEvent) {
            return "transfer";
        }
        return payload instanceof PayNotificationEvent ? "other" : null;
    }
}
