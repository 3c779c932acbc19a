package io.wxkit.pay.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.dedup.CaffeineDedupStore;
import io.wxkit.pay.PayTestKit;
import io.wxkit.pay.WxPay;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class NotificationDeduplicatorTest {
    @StartStop
    final MockWebServer server = new MockWebServer();
    final PayTestKit kit = new PayTestKit();

    @Test
    void notificationDeliveredConcurrentlyManyTimesReachesTheHandlerOnce() throws Exception {
        WxPay pay = kit.builder(server).build();
        String body = kit.notificationBody("EV-RACE", "TRANSACTION.SUCCESS", "transaction", PayTestKit.TRANSACTION_JSON);
        var headers = kit.notificationHeaders(body);
        NotificationDeduplicator dedup = NotificationDeduplicator.create(CaffeineDedupStore.create());
        AtomicInteger handled = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        int threads = 32;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<NotificationAnswer>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return dedup.handle(pay.notifications().parsePayment(headers, body), n -> handled.incrementAndGet());
                }));
            }
            start.countDown();
            for (Future<NotificationAnswer> f : answers) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(handled).hasValue(1);
        // a redelivery after the first finished is acknowledged without running the handler again
        NotificationAnswer again = dedup.handle(pay.notifications().parsePayment(headers, body), n -> handled.incrementAndGet());
        assertThat(again.isSuccess()).isTrue();
        assertThat(handled).hasValue(1);
    }

    @Test
    void aFailingHandlerPropagatesAndMarksNothingDone() {
        WxPay pay = kit.builder(server).build();
        String body = kit.notificationBody("EV-FAIL", "TRANSACTION.SUCCESS", "transaction", PayTestKit.TRANSACTION_JSON);
        PaymentNotification n = pay.notifications().parsePayment(kit.notificationHeaders(body), body);
        CaffeineDedupStore store = CaffeineDedupStore.create();
        NotificationDeduplicator dedup = NotificationDeduplicator.create(store);
        assertThatThrownBy(() -> dedup.handle(n, x -> {
            throw new IllegalStateException("db down");
        })).hasMessage("db down");
        assertThat(store.reply("wxpay:notify:TRANSACTION.SUCCESS:EV-FAIL")).isEmpty();
        // while the lease lasts a redelivery is answered failure so WeChat retries later
        assertThat(dedup.handle(n, x -> { }).isSuccess()).isFalse();
    }

    @Test
    void differentNotificationsAreEachHandled() {
        WxPay pay = kit.builder(server).build();
        NotificationDeduplicator dedup = NotificationDeduplicator.create(CaffeineDedupStore.create());
        AtomicInteger handled = new AtomicInteger();
        for (String id : new String[] {"EV-A", "EV-B"}) {
            String body = kit.notificationBody(id, "TRANSACTION.SUCCESS", "transaction", PayTestKit.TRANSACTION_JSON);
            assertThat(dedup.handle(pay.notifications().parsePayment(kit.notificationHeaders(body), body), x -> handled.incrementAndGet())
                    .isSuccess()).isTrue();
        }
        assertThat(handled).hasValue(2);
    }
}
