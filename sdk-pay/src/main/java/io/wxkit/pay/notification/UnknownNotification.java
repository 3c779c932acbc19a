package io.wxkit.pay.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * A verified and decrypted notification whose {@code event_type} wxkit has no typed parser for
 * (e.g. a product launched after this release): the signature, timestamp window and AEAD tag were
 * checked like for every other notification, the resource is left as JSON.
 *
 * @param id           {@code id}
 * @param createTime   {@code create_time}
 * @param eventType    {@code event_type}
 * @param resourceType {@code resource_type} ({@code encrypt-resource})
 * @param summary      {@code summary}
 * @param originalType {@code resource.original_type}
 * @param resourceJson the decrypted {@code resource} plaintext
 */
public record UnknownNotification(String id, Instant createTime, String eventType, String resourceType, String summary,
                                  String originalType, String resourceJson) implements Notification {
    /**
     * An unknown-type notification; built by {@link NotificationsApi#parse} after verification, or by tests.
     *
     * @param id           {@code id}
     * @param createTime   {@code create_time}
     * @param eventType    {@code event_type}
     * @param resourceType {@code resource_type} ({@code encrypt-resource})
     * @param summary      {@code summary}
     * @param originalType {@code resource.original_type}
     * @param resourceJson the decrypted {@code resource} plaintext
     * @throws NullPointerException if {@code id}, {@code eventType} or {@code resourceJson} is null
     */
    public UnknownNotification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(resourceJson, "resourceJson");
    }
}
