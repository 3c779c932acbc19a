package io.wxkit.pay.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.pay.PayTestKit;
import io.wxkit.pay.WxPay;
import java.lang.management.ManagementFactory;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Cost of one verified, decrypted payment notification (DESIGN §3: RSA verification ≈ 40 µs dominates;
 * budget ≤ 19 KB allocated per parse besides it). Opt-in: {@code -Dwxkit.perf=true}.
 */
@EnabledIfSystemProperty(named = "wxkit.perf", matches = "true")
class NotificationPerfTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void parsePaymentCostIsMeasured() {
        PayTestKit kit = new PayTestKit();
        WxPay pay = kit.builder(server).build();
        String body = kit.notificationBody("EV-PERF", "TRANSACTION.SUCCESS", "transaction", PayTestKit.TRANSACTION_JSON);
        Map<String, String> headers = kit.notificationHeaders(body);
        for (int i = 0; i < 3_000; i++) {
            pay.notifications().parsePayment(headers, body);
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        int n = 5_000;
        long bytes0 = mx.getThreadAllocatedBytes(tid);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            pay.notifications().parsePayment(headers, body);
        }
        long nanos = System.nanoTime() - t0;
        long bytes = mx.getThreadAllocatedBytes(tid) - bytes0;
        System.out.printf("parsePayment: %.1f us and %d bytes allocated per notification (%d runs)%n",
                nanos / 1_000.0 / n, bytes / n, n);
        io.wxkit.core.crypto.pay.PayVerifier rsa = io.wxkit.core.crypto.pay.PayVerifier.rsa(PayTestKit.PLATFORM.getPublic());
        var signed = io.wxkit.core.crypto.pay.V3SignedMessage.fromHeaders(headers, body);
        for (int i = 0; i < 3_000; i++) {
            rsa.verify(signed.message(), signed.signature());
        }
        long vb0 = mx.getThreadAllocatedBytes(tid);
        long vt0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            rsa.verify(signed.message(), signed.signature());
        }
        long vNanos = System.nanoTime() - vt0;
        long vBytes = mx.getThreadAllocatedBytes(tid) - vb0;
        System.out.printf("of which RSA verification alone: %.1f us and %d bytes%n", vNanos / 1_000.0 / n, vBytes / n);
        assertThat(bytes / n).isPositive();
    }
}
