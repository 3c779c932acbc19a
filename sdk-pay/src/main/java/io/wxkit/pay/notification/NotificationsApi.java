package io.wxkit.pay.notification;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.core.crypto.pay.PayCryptoException;
import io.wxkit.core.crypto.pay.V3SignedMessage;
import io.wxkit.pay.WxPayException;
import io.wxkit.pay.internal.PayClient;
import io.wxkit.pay.internal.PayContext;
import io.wxkit.pay.payment.Transaction;
import java.time.Instant;
import java.util.Map;

/**
 * Parses WeChat Pay notifications (回调通知): verifies {@code Wechatpay-Signature} over
 * {@code timestamp\nnonce\nbody\n} with the platform key named by {@code Wechatpay-Serial}, refuses
 * timestamps outside the window (5 minutes by default, from the builder's {@code Clock}), decrypts
 * the resource with the APIv3 key and returns a typed object.
 *
 * <pre>{@code
 * PaymentNotification n = pay.notifications().parsePayment(headers, body);
 * }</pre>
 *
 * <p>Thread-safe. Pass the body exactly as received (no re-encoding). Header names are
 * case-insensitive. Answer WeChat with {@link NotificationAnswer}; use {@link NotificationDeduplicator}
 * so redeliveries reach business code once.
 */
public final class NotificationsApi {
    private final PayClient client;

    public NotificationsApi(PayClient client) {
        this.client = client;
    }

    /**
     * Verifies and decrypts a payment notification.
     *
     * @throws WxPayException with {@code code} {@code MISSING_HEADER}, {@code TIMESTAMP_EXPIRED},
     *                        {@code UNKNOWN_PLATFORM_SERIAL}, {@code SIGNATURE_INVALID},
     *                        {@code AEAD_TAG_MISMATCH} or {@code MALFORMED}; never returns unverified data
     */
    public PaymentNotification parsePayment(Map<String, String> headers, String body) {
        Notification n = parse(headers, body);
        Transaction t = convert(n, Transaction.class);
        return new PaymentNotification(n.id(), n.createTime(), n.eventType(), n.summary(), t);
    }

    /**
     * Verifies and decrypts a refund notification.
     *
     * @throws WxPayException as {@link #parsePayment}
     */
    public RefundNotification parseRefund(Map<String, String> headers, String body) {
        Notification n = parse(headers, body);
        return new RefundNotification(n.id(), n.createTime(), n.eventType(), n.summary(),
                convert(n, RefundNotification.Resource.class));
    }

    /**
     * Verifies and decrypts any notification, leaving the resource as JSON.
     *
     * @throws WxPayException as {@link #parsePayment}
     */
    public Notification parse(Map<String, String> headers, String body) {
        PayContext ctx = client.context();
        try {
            V3SignedMessage.fromHeaders(headers, body).verify(client.platformKeys()::verifier, ctx.clock().instant(), ctx.timestampWindow());
            Envelope e = ctx.json().read(body, Envelope.class);
            Envelope.Resource r = e.resource();
            if (e.id() == null || e.eventType() == null || r == null || r.ciphertext() == null) {
                throw new PayCryptoException(PayCryptoException.Reason.MALFORMED, "notification lacks id, event_type or resource");
            }
            String plaintext = ctx.resourceCipher(r.algorithm())
                    .decrypt(r.associatedData() == null ? "" : r.associatedData(), r.nonce(), r.ciphertext());
            return new Notification(e.id(), e.createTime(), e.eventType(), e.resourceType(), e.summary(), r.originalType(), plaintext);
        } catch (PayCryptoException e) {
            throw new WxPayException(0, e.reason().name(), "notification rejected: " + e.getMessage(), null, null, null, 0, e);
        } catch (IllegalArgumentException e) {
            throw new WxPayException(0, "MALFORMED", "notification rejected: not WeChat Pay notification JSON", null, null, null, 0, e);
        }
    }

    private <T> T convert(Notification n, Class<T> type) {
        try {
            return client.context().json().read(n.resourceJson(), type);
        } catch (IllegalArgumentException e) {
            throw new WxPayException(0, "MALFORMED", "notification resource is not a " + type.getSimpleName(), null, null, null, 0, e);
        }
    }

    /** The notification envelope as WeChat sends it. */
    record Envelope(@JsonProperty("id") String id, @JsonProperty("create_time") Instant createTime,
                    @JsonProperty("event_type") String eventType, @JsonProperty("resource_type") String resourceType,
                    @JsonProperty("summary") String summary, @JsonProperty("resource") Resource resource) {

        /** {@code resource}: the AEAD-encrypted payload. */
        record Resource(@JsonProperty("original_type") String originalType, @JsonProperty("algorithm") String algorithm,
                        @JsonProperty("ciphertext") String ciphertext, @JsonProperty("associated_data") String associatedData,
                        @JsonProperty("nonce") String nonce) {}
    }
}
