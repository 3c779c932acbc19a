package io.wxkit.spring.pay;

/**
 * Hears each notification the starter's pay endpoint refused before any listener saw it, for metrics: the
 * verified ones are the published events. Called on the request thread; must be quick and must not throw.
 */
@FunctionalInterface
public interface PayNotificationRefusals {

    /**
     * A notification was refused.
     *
     * @param reason sdk-pay's code ({@code SIGNATURE_INVALID}, {@code TIMESTAMP_EXPIRED} for a replay outside the
     *     window, {@code UNKNOWN_PLATFORM_SERIAL}, {@code MISSING_HEADER}, {@code AEAD_TAG_MISMATCH},
     *     {@code NOTIFICATION_TYPE_MISMATCH}, {@code MCHID_MISMATCH}, {@code NO_MATCHING_MERCHANT}, {@code MALFORMED}), or the
     *     starter's {@code BODY_TOO_LARGE} and {@code UNREADABLE}
     */
    void refused(String reason);
}
