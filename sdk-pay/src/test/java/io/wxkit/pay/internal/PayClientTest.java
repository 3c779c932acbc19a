package io.wxkit.pay.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.pay.PayTestKit;
import io.wxkit.pay.WxPay;
import io.wxkit.pay.WxPayException;
import java.security.SecureRandom;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The pipeline: every response verified, errors mapped, 5xx retried within the budget. */
class PayClientTest {
    @StartStop
    final MockWebServer server = new MockWebServer();
    final PayTestKit kit = new PayTestKit();

    private WxPay pay() {
        return kit.builder(server).build();
    }

    private void assertRejected(MockResponse response, String code) {
        server.enqueue(response);
        assertThatThrownBy(() -> pay().transactions().queryByOutTradeNo("1217752501201407033233368018"))
                .isInstanceOfSatisfying(WxPayException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.isVerificationFailure()).isTrue();
                });
    }

    @Test
    void responseWithATamperedBodyIsRejected() {
        MockResponse good = kit.signed(200, PayTestKit.TRANSACTION_JSON);
        assertRejected(good.newBuilder().body(PayTestKit.TRANSACTION_JSON.replace("\"total\":100", "\"total\":1")).build(), "SIGNATURE_INVALID");
    }

    @Test
    void responseWithAForeignSignatureIsRejected() {
        MockResponse good = kit.signed(200, PayTestKit.TRANSACTION_JSON);
        MockResponse other = kit.signed(200, "{}");
        assertRejected(good.newBuilder().setHeader("Wechatpay-Signature", other.getHeaders().get("Wechatpay-Signature")).build(), "SIGNATURE_INVALID");
        assertRejected(good.newBuilder().setHeader("Wechatpay-Signature", "WECHATPAY/SIGNTEST/abcdef").build(), "SIGNATURE_INVALID");
    }

    @Test
    void responseNamingAnUnknownSerialIsRejected() {
        assertRejected(kit.signed(200, PayTestKit.TRANSACTION_JSON, "PUB_KEY_ID_OTHER", PayTestKit.NOW.getEpochSecond()), "UNKNOWN_PLATFORM_SERIAL");
    }

    @Test
    void responseWithAStaleTimestampIsRejected() {
        assertRejected(kit.signed(200, PayTestKit.TRANSACTION_JSON, PayTestKit.PUBLIC_KEY_ID, PayTestKit.NOW.getEpochSecond() - 301), "TIMESTAMP_EXPIRED");
    }

    @Test
    void unsignedSuccessResponseIsRejected() {
        assertRejected(new MockResponse.Builder().code(200).body(PayTestKit.TRANSACTION_JSON).build(), "MISSING_HEADER");
    }

    @Test
    void serverErrorsAreRetriedThenSucceed() {
        server.enqueue(kit.signed(500, "{\"code\":\"SYSTEM_ERROR\",\"message\":\"系统错误\"}"));
        server.enqueue(new MockResponse.Builder().code(502).body("bad gateway").build());
        server.enqueue(kit.signed(200, PayTestKit.TRANSACTION_JSON));
        assertThat(pay().transactions().queryByOutTradeNo("1217752501201407033233368018").isPaid()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void retriesStopAtTheBudgetAndReportAttempts() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(kit.signed(500, "{\"code\":\"SYSTEM_ERROR\",\"message\":\"系统错误\"}"));
        }
        assertThatThrownBy(() -> pay().transactions().queryByOutTradeNo("1217752501201407033233368018"))
                .isInstanceOfSatisfying(WxPayException.class, e -> {
                    assertThat(e.code()).isEqualTo("SYSTEM_ERROR");
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(e.isRetryable()).isTrue();
                });
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void transportFailuresAreRetriedOnTheBackupHost() throws Exception {
        try (MockWebServer backup = new MockWebServer()) {
            backup.start();
            backup.enqueue(kit.signed(200, PayTestKit.TRANSACTION_JSON));
            String deadPrimary = server.url("/").toString();
            server.close(); // the primary host now refuses connections
            WxPay pay = kit.builder(backup).baseUrl(deadPrimary, backup.url("/").toString()).build();
            assertThat(pay.transactions().queryByOutTradeNo("1217752501201407033233368018").isPaid()).isTrue();
            assertThat(backup.getRequestCount()).isEqualTo(1);
            PayTestKit.assertSignedByMerchant(backup.takeRequest());
        }
    }

    @Test
    void transportFailureOnEveryAttemptIsATransportError() {
        String dead = server.url("/").toString();
        server.close();
        WxPay pay = kit.builder(server).baseUrl(dead).build();
        assertThatThrownBy(() -> pay.transactions().queryByOutTradeNo("1217752501201407033233368018"))
                .isInstanceOfSatisfying(WxPayException.class, e -> {
                    assertThat(e.code()).isEqualTo("TRANSPORT_ERROR");
                    assertThat(e.attempts()).isEqualTo(3);
                });
    }

    @Test
    void backoffIsFullJitterCappedAndGrowsExponentially() {
        RetryPolicy p = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(350));
        SecureRandom r = new SecureRandom();
        for (int i = 0; i < 200; i++) {
            assertThat(p.delay(1, r)).isBetween(Duration.ZERO, Duration.ofMillis(100));
            assertThat(p.delay(2, r)).isBetween(Duration.ZERO, Duration.ofMillis(200));
            assertThat(p.delay(4, r)).isBetween(Duration.ZERO, Duration.ofMillis(350));
        }
        assertThat(new RetryPolicy(3, Duration.ZERO, Duration.ZERO).delay(3, r)).isZero();
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
