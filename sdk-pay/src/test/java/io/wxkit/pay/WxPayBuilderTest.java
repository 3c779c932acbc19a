package io.wxkit.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.wxkit.pay.payment.JsapiPayParams;
import io.wxkit.pay.payment.Order;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class WxPayBuilderTest {
    @StartStop
    final MockWebServer server = new MockWebServer();
    final PayTestKit kit = new PayTestKit();

    @Test
    void missingOptionsFailAtBuildTimeNamingTheOption() {
        assertThatThrownBy(() -> WxPay.builder().build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("mchId is required");
        assertThatThrownBy(() -> kit.builder(server).apiV3Key(null).build()).hasMessageContaining("apiV3Key");
        assertThatThrownBy(() -> kit.builder(server).apiV3Key("short").build()).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> WxPay.builder().mchId("1").merchantKey(PayTestKit.merchantKeyPem(), "S").apiV3Key(PayTestKit.API_V3_KEY).build())
                .hasMessageContaining("platformPublicKey(id, pem) and/or autoPlatformCertificates()");
    }

    @Test
    void theDesignSnippetCompilesAndRuns() {
        server.enqueue(kit.signed(200, "{\"prepay_id\":\"wx1\"}"));
        WxPay pay = kit.builder(server).build();
        JsapiPayParams p = pay.jsapi().prepay(Order.of("T20240101001", "Ticket", 990, "openid").notifyUrl("https://example.com/n"));
        assertThat(p.prepayId()).isEqualTo("wx1");
    }

    @Test
    void twoInstancesForTheSameMerchantShareNothing() {
        server.enqueue(kit.signed(200, "{\"prepay_id\":\"wx1\"}"));
        server.enqueue(kit.signed(200, "{\"prepay_id\":\"wx2\"}"));
        try (WxPay a = kit.builder(server).build(); WxPay b = kit.builder(server).build()) {
            assertThat(a.jsapi().prepay(Order.of("T20240101001", "Ticket", 990, "o")).prepayId()).isEqualTo("wx1");
            assertThat(b.jsapi().prepay(Order.of("T20240101002", "Ticket", 990, "o")).prepayId()).isEqualTo("wx2");
        }
    }

    @Test
    void noSecretReachesLogsOrToString() {
        Logger root = (Logger) LoggerFactory.getLogger("io.wxkit");
        Level old = root.getLevel();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        root.setLevel(Level.DEBUG);
        try {
            server.enqueue(kit.signed(500, "{\"code\":\"SYSTEM_ERROR\",\"message\":\"x\"}"));
            server.enqueue(kit.signed(200, "{\"prepay_id\":\"wx1\"}"));
            WxPay pay = kit.builder(server).build();
            pay.jsapi().prepay(Order.of("T20240101001", "Ticket", 990, "o"));
            String keyBody = PayTestKit.merchantKeyPem().lines().skip(1).findFirst().orElseThrow();
            String all = String.join("\n", logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList()) + pay;
            assertThat(all).doesNotContain(PayTestKit.API_V3_KEY).doesNotContain(keyBody).doesNotContain("signature=\"");
        } finally {
            root.detachAppender(logs);
            root.setLevel(old);
        }
    }
}
