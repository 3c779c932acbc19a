package io.wxkit.pay.notification;

import io.wxkit.core.dedup.DedupStore;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes WeChat Pay notifications idempotent at the SDK boundary: a notification delivered twice
 * (WeChat retries for 24 h, and may deliver concurrently) reaches the business handler once.
 *
 * <pre>{@code
 * NotificationDeduplicator dedup = NotificationDeduplicator.create(redisStores.dedupStore());
 * PaymentNotification n = pay.notifications().parsePayment(headers, body);
 * NotificationAnswer a = dedup.handle(n, p -> {
 *     if (p.isPaid()) orders.markPaid(p.outTradeNo(), p.totalFen()); // idempotent on the order's state
 * });
 * }</pre>
 *
 * <p>How: a delivery whose id is already marked done is answered success without calling the
 * handler. Otherwise one delivery claims a short in-flight lease ({@link DedupStore#firstSeen},
 * atomic — across JVMs with a Redis store) and runs the handler; concurrent duplicates answer
 * failure so WeChat retries later. When the handler returns, the id is marked done for
 * {@code doneTtl}; when it throws, the exception propagates, nothing is marked done and the lease
 * expires after {@code leaseTtl}, so a later redelivery runs the handler again.
 *
 * <p>Fails closed: the store is used through {@link DedupStore#failClosed()}, so while a shared
 * store (Redis) is unavailable no per-JVM memory stands in for it; the notification is answered
 * {@link NotificationAnswer#failure failure} without running the handler, and WeChat redelivers it
 * later (its schedule runs for 24 h). If only the done-mark cannot be written after the handler
 * succeeded, the answer is success (the work is done; WeChat must not resend it) and a redelivery
 * that was already on its way may run the handler again after the lease: business handlers stay
 * idempotent on the order's state. Thread-safe.
 */
public final class NotificationDeduplicator {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationDeduplicator.class);
    private static final String DONE = "DONE";

    private final DedupStore store;
    private final String namespace;
    private final Duration leaseTtl;
    private final Duration doneTtl;

    private NotificationDeduplicator(DedupStore store, String namespace, Duration leaseTtl, Duration doneTtl) {
        this.store = Objects.requireNonNull(store, "store").failClosed();
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.leaseTtl = leaseTtl;
        this.doneTtl = doneTtl;
    }

    /**
     * Lease 1 minute, done-marks kept 25 hours (longer than WeChat's 24 h redelivery schedule), keys under
     * {@code wxpay:notify:}.
     *
     * <pre>{@code
     * NotificationDeduplicator dedup = NotificationDeduplicator.create(redisStores.dedupStore());
     * }</pre>
     *
     * @param store where leases and done-marks live: in memory for one node, Redis for a cluster; used fail-closed
     * @return the deduplicator
     * @throws NullPointerException if {@code store} is null
     */
    public static NotificationDeduplicator create(DedupStore store) {
        return new NotificationDeduplicator(store, "wxpay", Duration.ofMinutes(1), Duration.ofHours(25));
    }

    /**
     * With an explicit key namespace (e.g. the merchant id when several merchants share a store) and TTLs.
     *
     * @param store     where leases and done-marks live; used fail-closed
     * @param namespace the key prefix, e.g. {@code "wxpay-1900000109"}
     * @param leaseTtl  how long one delivery owns the notification while its handler runs; after that a
     *                  redelivery may run the handler again. Longer than the slowest handler
     * @param doneTtl   how long a handled notification is remembered; at least {@code leaseTtl}, and longer
     *                  than WeChat Pay's 24 hours of redeliveries
     * @return the deduplicator
     * @throws IllegalArgumentException if {@code leaseTtl} is not positive or {@code doneTtl} is shorter
     * @throws NullPointerException if {@code store} or {@code namespace} is null
     */
    public static NotificationDeduplicator create(DedupStore store, String namespace, Duration leaseTtl, Duration doneTtl) {
        if (leaseTtl.isNegative() || leaseTtl.isZero() || doneTtl.compareTo(leaseTtl) < 0) {
            throw new IllegalArgumentException("leaseTtl must be positive and doneTtl at least leaseTtl");
        }
        return new NotificationDeduplicator(store, namespace, leaseTtl, doneTtl);
    }

    /**
     * Runs {@code handler} unless this notification was already handled or is being handled.
     *
     * @return success when handled now or before; failure (so WeChat redelivers) when another
     *         delivery of the same notification is still running or the store is unavailable
     * @param <T>          the notification's type
     * @param notification a verified notification; its {@code event_type} and {@code id} are the key
     * @param handler      the business action, run at most once per notification while the store keeps the marks
     * @throws RuntimeException whatever {@code handler} throws, unchanged; answer WeChat with
     *         {@link NotificationAnswer#failure} then
     */
    public <T extends Notification> NotificationAnswer handle(T notification, Consumer<? super T> handler) {
        String key = namespace + ":notify:" + notification.eventType() + ":" + notification.id();
        try {
            if (store.reply(key).isPresent()) {
                return NotificationAnswer.success();
            }
            if (!store.firstSeen(key + ":lease", leaseTtl)) {
                return store.reply(key).isPresent() ? NotificationAnswer.success() : NotificationAnswer.failure("处理中");
            }
        } catch (RuntimeException storeDown) {
            // fail closed: without the shared store nobody can tell whether another node handled it
            LOG.warn("notification dedup store unavailable ({}); answering failure so WeChat Pay redelivers later",
                    storeDown.getClass().getSimpleName());
            return NotificationAnswer.failure("暂时无法处理");
        }
        handler.accept(notification); // a throwing handler marks nothing: the lease expires, WeChat redelivers
        try {
            store.saveReply(key, DONE, doneTtl);
        } catch (RuntimeException storeDown) {
            LOG.warn("notification handled but its done-mark could not be saved ({}); a redelivery may run the handler again",
                    storeDown.getClass().getSimpleName());
        }
        return NotificationAnswer.success();
    }
}
