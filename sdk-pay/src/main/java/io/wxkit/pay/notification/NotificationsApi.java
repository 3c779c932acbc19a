package io.wxkit.pay.notification;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.core.internal.crypto.pay.PayCryptoException;
import io.wxkit.core.internal.text.Untrusted;
import io.wxkit.core.internal.crypto.pay.V3SignedMessage;
import io.wxkit.pay.WxPayException;
import io.wxkit.pay.internal.PayClient;
import io.wxkit.pay.observe.PayPipeline;
import io.wxkit.pay.internal.PayContext;
import io.wxkit.pay.payment.Transaction;
import io.wxkit.pay.transfer.TransferBill;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Parses WeChat Pay notifications (回调通知): verifies {@code Wechatpay-Signature} over
 * {@code timestamp\nnonce\nbody\n} with the platform key named by {@code Wechatpay-Serial}, refuses
 * timestamps outside the window (5 minutes by default, from the builder's {@code Clock}), decrypts
 * the resource with the APIv3 key, checks that the notification is of the type asked for and
 * addressed to this merchant, and returns a typed object.
 *
 * <pre>{@code
 * PaymentNotification n = pay.notifications().parsePayment(headers, body);
 * Notification any = pay.notifications().parse(headers, body); // one notify URL for everything
 * }</pre>
 *
 * <p>Type checks: {@link #parsePayment} accepts only {@code event_type} {@code TRANSACTION.*} with
 * {@code resource.original_type} {@code transaction}, {@link #parseRefund} only {@code REFUND.*} /
 * {@code refund}, {@link #parseTransfer} only {@code MCHTRANSFER.*} / {@code mch_payment}; anything
 * else is refused with {@link #TYPE_MISMATCH}, so a genuine refund notification can never be read as
 * a payment. A decrypted {@code mchid} other than this merchant's is refused with
 * {@link #MCHID_MISMATCH}.
 *
 * <p>Thread-safe. Pass the body exactly as received (no re-encoding). Header names are
 * case-insensitive. Answer WeChat with {@link NotificationAnswer}; use {@link NotificationDeduplicator}
 * so redeliveries reach business code once, and {@link ExpectedOrder} to compare a payment with the
 * order it pays.
 */
public final class NotificationsApi {
    /** {@link WxPayException#code()} of a verified notification whose event or resource type is not the one asked for. */
    public static final String TYPE_MISMATCH = "NOTIFICATION_TYPE_MISMATCH";
    /** {@link WxPayException#code()} of a verified notification whose decrypted {@code mchid} is another merchant's. */
    public static final String MCHID_MISMATCH = "MCHID_MISMATCH";

    private final PayClient client;

    /**
     * This API over {@code pipeline}; applications call {@code pay.notifications()}, which passes its merchant's pipeline.
     *
     * @param pipeline the merchant's signed call pipeline, as built by {@code WxPay.builder()}
     * @throws IllegalArgumentException if {@code pipeline} was not built by {@code WxPay.builder()}
     */
    public NotificationsApi(PayPipeline pipeline) {
        this.client = PayClient.of(pipeline);
    }

    /**
     * Verifies and decrypts a payment notification (支付成功回调通知).
     *
     * @param headers the request's HTTP headers (names case-insensitive); {@code Wechatpay-Timestamp}, {@code -Nonce},
     *     {@code -Signature} and {@code -Serial} are read
     * @param body    the request body exactly as received (the signature covers its bytes)
     * @return the verified payment; answer WeChat Pay with {@link NotificationAnswer#success()} once it is stored
     * @throws WxPayException with {@code code} {@code MISSING_HEADER}, {@code TIMESTAMP_EXPIRED},
     *                        {@code UNKNOWN_PLATFORM_SERIAL}, {@code SIGNATURE_INVALID},
     *                        {@code AEAD_TAG_MISMATCH}, {@code MALFORMED}, {@link #TYPE_MISMATCH} (not a
     *                        {@code TRANSACTION.*} / {@code transaction} notification) or
     *                        {@link #MCHID_MISMATCH}; never returns unverified data
     */
    public PaymentNotification parsePayment(Map<String, String> headers, String body) {
        return payment(require(verified(headers, body), NotificationKind.PAYMENT));
    }

    /**
     * Verifies and decrypts a refund notification (退款结果通知: {@code REFUND.SUCCESS},
     * {@code REFUND.ABNORMAL}, {@code REFUND.CLOSED}).
     *
     * @param headers the request's HTTP headers (names case-insensitive); {@code Wechatpay-Timestamp}, {@code -Nonce},
     *     {@code -Signature} and {@code -Serial} are read
     * @param body    the request body exactly as received (the signature covers its bytes)
     * @return the verified refund result
     * @throws WxPayException as {@link #parsePayment}; {@link #TYPE_MISMATCH} for anything but
     *                        {@code REFUND.*} / {@code refund}
     */
    public RefundNotification parseRefund(Map<String, String> headers, String body) {
        return refund(require(verified(headers, body), NotificationKind.REFUND));
    }

    /**
     * Verifies and decrypts a transfer-bill notification (商家转账回调通知,
     * {@code MCHTRANSFER.BILL.FINISHED}).
     *
     * @param headers the request's HTTP headers (names case-insensitive); {@code Wechatpay-Timestamp}, {@code -Nonce},
     *     {@code -Signature} and {@code -Serial} are read
     * @param body    the request body exactly as received (the signature covers its bytes)
     * @return the verified transfer bill
     * @throws WxPayException as {@link #parsePayment}; {@link #TYPE_MISMATCH} for anything but
     *                        {@code MCHTRANSFER.*} / {@code mch_payment}
     */
    public TransferNotification parseTransfer(Map<String, String> headers, String body) {
        return transfer(require(verified(headers, body), NotificationKind.TRANSFER));
    }

    /**
     * Verifies and decrypts any notification and returns it typed by its {@code event_type}: a
     * {@link PaymentNotification}, {@link RefundNotification}, {@link TransferNotification}, or an
     * {@link UnknownNotification} (verified, resource left as JSON) for other event types.
     *
     * @param headers the request's HTTP headers (names case-insensitive); {@code Wechatpay-Timestamp}, {@code -Nonce},
     *     {@code -Signature} and {@code -Serial} are read
     * @param body    the request body exactly as received (the signature covers its bytes)
     * @return the verified notification, typed by its {@code event_type}
     * @throws WxPayException as {@link #parsePayment}; {@link #TYPE_MISMATCH} when the
     *                        {@code event_type} family and {@code original_type} disagree
     */
    public Notification parse(Map<String, String> headers, String body) {
        Verified v = verified(headers, body);
        Optional<NotificationKind> kind = NotificationKind.ofEventType(v.eventType());
        if (kind.isEmpty()) {
            return new UnknownNotification(v.id(), v.createTime(), v.eventType(), v.resourceType(), v.summary(),
                    v.originalType(), new String(v.plaintext(), StandardCharsets.UTF_8));
        }
        require(v, kind.get());
        return switch (kind.get()) {
            case PAYMENT -> payment(v);
            case REFUND -> refund(v);
            case TRANSFER -> transfer(v);
        };
    }

    /**
     * The order {@code outTradeNo} of {@code totalFen} as this merchant placed it (its {@code mchid}
     * and default {@code appid}), to {@link ExpectedOrder#check check} a payment notification against.
     *
     * @param outTradeNo the merchant's order number the payment must be for
     * @param totalFen   the order amount in fen the payment must match, e.g. {@code 990} for ¥9.90
     * @return the expectation, e.g. {@code pay.notifications().expectedOrder(no, 990).check(n)}
     * @throws IllegalStateException if this {@code WxPay} has no default appid (build the
     *                               {@link ExpectedOrder} directly then)
     */
    public ExpectedOrder expectedOrder(String outTradeNo, long totalFen) {
        PayContext ctx = client.context();
        if (ctx.appId() == null) {
            throw new IllegalStateException("no default appid: use new ExpectedOrder(mchId, appId, outTradeNo, totalFen)");
        }
        return new ExpectedOrder(ctx.mchId(), ctx.appId(), outTradeNo, totalFen);
    }

    private PaymentNotification payment(Verified v) {
        return new PaymentNotification(v.id(), v.createTime(), v.eventType(), v.summary(), convert(v, Transaction.class));
    }

    private RefundNotification refund(Verified v) {
        return new RefundNotification(v.id(), v.createTime(), v.eventType(), v.summary(), convert(v, RefundNotification.Resource.class));
    }

    private TransferNotification transfer(Verified v) {
        return new TransferNotification(v.id(), v.createTime(), v.eventType(), convert(v, TransferBill.class));
    }

    private static Verified require(Verified v, NotificationKind kind) {
        if (!kind.accepts(v.eventType(), v.originalType())) {
            throw new WxPayException(0, TYPE_MISMATCH, "notification " + Untrusted.quote(v.id(), 64) + " is event_type "
                    + Untrusted.quote(v.eventType(), 64) + " / original_type " + Untrusted.quote(v.originalType(), 64)
                    + ", expected " + kind.describe(), null, null, null, 0, null);
        }
        return v;
    }

    /** Signature, window, envelope and AEAD checks; then the decrypted resource must name this merchant. */
    private Verified verified(Map<String, String> headers, String body) {
        PayContext ctx = client.context();
        Verified v;
        try {
            V3SignedMessage.fromHeaders(headers, body).verify(client.platformKeys()::verifier, ctx.clock().instant(), ctx.timestampWindow());
            Envelope e = ctx.json().read(body, Envelope.class);
            Envelope.Resource r = e.resource();
            if (e.id() == null || e.eventType() == null || r == null || r.ciphertext() == null) {
                throw new PayCryptoException(PayCryptoException.Reason.MALFORMED, "notification lacks id, event_type or resource");
            }
            // bytes, not a string: Jackson binds UTF-8 directly, and the resource is never decoded twice
            byte[] plaintext = ctx.resourceCipher(r.algorithm())
                    .decryptToUtf8(r.associatedData() == null ? "" : r.associatedData(), r.nonce(), r.ciphertext());
            v = new Verified(e.id(), e.createTime(), e.eventType(), e.resourceType(), e.summary(), r.originalType(), plaintext);
        } catch (PayCryptoException e) {
            throw new WxPayException(0, e.reason().name(), "notification rejected: " + e.getMessage(), null, null, null, 0, e);
        } catch (IllegalArgumentException e) {
            throw new WxPayException(0, "MALFORMED", "notification rejected: not WeChat Pay notification JSON", null, null, null, 0, e);
        }
        requireThisMerchant(v, ctx.mchId());
        return v;
    }

    private void requireThisMerchant(Verified v, String mchId) {
        String named;
        try {
            // payment and refund resources say "mchid"; the transfer-bill API says "mch_id". Read as a stream:
            // the resource is bound to its record right after, and a tree here cost ≈ 3 KB per notification
            named = client.context().json().topLevelText(v.plaintext(), "mchid", "mch_id");
        } catch (IllegalArgumentException e) {
            throw new WxPayException(0, "MALFORMED", "notification resource is not JSON", null, null, null, 0, e);
        }
        if (named != null && !named.equals(mchId)) {
            throw new WxPayException(0, MCHID_MISMATCH, "notification " + Untrusted.quote(v.id(), 64) + " is for mchid "
                    + Untrusted.quote(named, 64) + ", not " + mchId, null, null, null, 0, null);
        }
    }

    private <T> T convert(Verified v, Class<T> type) {
        try {
            return client.context().json().read(v.plaintext(), type);
        } catch (IllegalArgumentException e) {
            throw new WxPayException(0, "MALFORMED", "notification resource is not a " + type.getSimpleName(), null, null, null, 0, e);
        }
    }

    /** A notification whose signature, window and AEAD tag were checked, its resource decrypted. */
    private record Verified(String id, Instant createTime, String eventType, String resourceType, String summary,
                            String originalType, byte[] plaintext) {}

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
