package io.wxkit.pay.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * A verified WeChat Pay notification with its decrypted resource as JSON, for event types without
 * a typed parser (e.g. transfers parse it further).
 *
 * @param id           {@code id}
 * @param createTime   {@code create_time}
 * @param eventType    {@code event_type}
 * @param resourceType {@code resource_type} ({@code encrypt-resource})
 * @param summary      {@code summary}
 * @param originalType {@code resource.original_type} ({@code transaction}, {@code refund}, …)
 * @param resourceJson the decrypted {@code resource} plaintext
 */
public record Notification(String id, Instant createTime, String eventType, String resourceType, String summary,
                           String originalType, String resourceJson) implements PayNotification {
    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(resourceJson, "resourceJson");
    }
}
