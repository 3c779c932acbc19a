package io.wxkit.pay;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.dedup.CaffeineDedupStore;
import io.wxkit.pay.notification.NotificationAnswer;
import io.wxkit.pay.notification.NotificationDeduplicator;
import io.wxkit.pay.notification.PaymentNotification;
import io.wxkit.pay.payment.JsapiPayParams;
import io.wxkit.pay.payment.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The JSAPI walk-through of docs/guide/pay.md, compiled and run: prepay, then the notification twice. */
class GuideSnippetTest {
    @StartStop
    final MockWebServer server = new MockWebServer();
    final PayTestKit kit = new PayTestKit();
    final List<String> paidOrders = new ArrayList<>();

    NotificationAnswer notificationEndpoint(WxPay pay, NotificationDeduplicator dedup, Map<String, String> requestHeaders, String rawBody) {
        NotificationAnswer answer;
        try {
            PaymentNotification n = pay.notifications().parsePayment(requestHeaders, rawBody);
            answer = dedup.handle(n, paid -> paidOrders.add(paid.outTradeNo() + ":" + paid.totalFen()));
        } catch (RuntimeException e) { // bad signature, stale timestamp, tampered resource, or the handler failed
            answer = NotificationAnswer.failure("失败");
        }
        return answer;
    }

    @Test
    void jsapiPaymentFromPrepayToNotification() {
        server.enqueue(kit.signed(200, "{\"prepay_id\":\"wx26112221580621e9b071c00d9e093b0000\"}"));
        WxPay pay = kit.builder(server).build();

        JsapiPayParams params = pay.jsapi().prepay(Order.of("1217752501201407033233368018", "Concert ticket", 100, "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"));
        assertThat(params.packageValue()).isEqualTo("prepay_id=wx26112221580621e9b071c00d9e093b0000");

        NotificationDeduplicator dedup = NotificationDeduplicator.create(CaffeineDedupStore.create());
        String body = kit.notificationBody("EV-GUIDE", "TRANSACTION.SUCCESS", "transaction", PayTestKit.TRANSACTION_JSON);
        Map<String, String> headers = kit.notificationHeaders(body);
        assertThat(notificationEndpoint(pay, dedup, headers, body)).isEqualTo(NotificationAnswer.success());
        assertThat(notificationEndpoint(pay, dedup, headers, body)).isEqualTo(NotificationAnswer.success()); // WeChat's retry
        assertThat(paidOrders).containsExactly("1217752501201407033233368018:100");
        assertThat(notificationEndpoint(pay, dedup, headers, body.replace("EV-GUIDE", "EV-FORGED")).status()).isEqualTo(500);
    }
}
