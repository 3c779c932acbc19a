package io.wxkit.spring.actuate;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.wxkit.spring.pay.PayNotificationEvent;
import io.wxkit.spring.pay.PayNotificationRefusals;
import io.wxkit.spring.pay.PaymentSucceededEvent;
import io.wxkit.spring.pay.RefundSucceededEvent;
import io.wxkit.spring.pay.TransferFinishedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Each WeChat Pay notification the starter's endpoint handled, as {@code wxkit.pay.notifications}: the verified
 * and published ones ({@code result=verified}, type {@code payment}, {@code refund}, {@code transfer} or
 * {@code other}; a redelivery the dedup dropped is not published, so not counted twice) and the refused ones
 * ({@code result=refused}, type {@code unknown}, {@code reason} the refusal code: bad signature, replay outside
 * the timestamp window, wrong type or merchant, ...).
 */
final class ObservedPayNotifications implements ApplicationListener<PayloadApplicationEvent<?>>, PayNotificationRefusals {
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

    @Override
    public void refused(String reason) {
        Observation.createNotStarted(NAME, registry).lowCardinalityKeyValue("type", "unknown")
                .lowCardinalityKeyValue("result", "refused").lowCardinalityKeyValue("reason", reason).start().stop();
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
