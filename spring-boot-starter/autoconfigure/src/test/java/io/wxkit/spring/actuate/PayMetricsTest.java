package io.wxkit.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.pay.PlatformKeys;
import io.wxkit.pay.observe.PayCallListener;
import io.wxkit.pay.WxPay;
import io.wxkit.pay.WxPayException;
import io.wxkit.pay.payment.Order;
import io.wxkit.spring.mp.WxMpAutoConfiguration;
import io.wxkit.spring.pay.WxPayAutoConfiguration;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** sdk-pay's calls as {@code wxkit.pay.calls} timers, and the platform certificates in the health report, against the emulator. */
class PayMetricsTest {
    private static final String MCH_ID = "1900000109";
    private static final String APP_ID = "wxpaymetrics01";
    private static final String SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    private static final String API_V3_KEY = "wxkitTestApiV3Key0123456789ABCDE";
    private static WxEmulator emulator;
    private static String payer;

    @TempDir
    static Path dir;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ObservationRegistry observations = ObservationRegistry.create();

    {
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    }

    @BeforeAll
    static void start() throws IOException {
        emulator = WxEmulator.start();
        emulator.control().account(APP_ID, "paymetrics-secret", "paymetricstoken", null, null, CallbackMode.PLAIN);
        payer = emulator.control().user(APP_ID, "Payer").openid();
        Files.writeString(dir.resolve("platform_pub.pem"), emulator.control().platform().publicKeyPem());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static String keys(String file) {
        return "file:" + Path.of(System.getProperty("wxkit.shared.dir"), "vectors/keys", file);
    }

    private ApplicationContextRunner runner(boolean publicKeyMode) throws IOException {
        emulator.control().merchant(MCH_ID, APP_ID, API_V3_KEY,
                Files.readString(Path.of(keys("TEST-ONLY-merchant-apiclient_pub.pem").substring(5))), SERIAL, publicKeyMode);
        PlatformKeys platform = emulator.control().platform();
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class, WxMpAutoConfiguration.class,
                        WxPayAutoConfiguration.class, WxObservationAutoConfiguration.class, WxHealthAutoConfiguration.class))
                .withBean(ObservationRegistry.class, () -> observations)
                .withPropertyValues("wxkit.store=memory", "wxkit.pay.mch-id=" + MCH_ID, "wxkit.pay.app-id=" + APP_ID,
                        "wxkit.pay.cert-serial-no=" + SERIAL, "wxkit.pay.private-key=" + keys("TEST-ONLY-merchant-apiclient_key.pem"),
                        "wxkit.pay.api-v3-key=" + API_V3_KEY, "wxkit.pay.base-url=" + emulator.payBaseUrl(),
                        "wxkit.pay.notify-url=https://shop.example.com/pay/paid")
                .withPropertyValues(publicKeyMode
                        ? new String[] {"wxkit.pay.public-key-id=" + platform.publicKeyId(),
                            "wxkit.pay.public-key=file:" + dir.resolve("platform_pub.pem")}
                        : new String[] {"wxkit.pay.auto-platform-certificates=true"});
    }

    @Test
    void payCallsBecomeTimersTaggedByTemplatedEndpointStatusAndCode() throws IOException {
        runner(true).run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(PayCallListener.class);
            WxPay pay = ctx.getBean(WxPay.class);
            pay.jsapi().prepay(Order.of("METRICS-1", "Ticket", 990, payer));
            assertThatThrownBy(() -> pay.transactions().queryByOutTradeNo("METRICS-NONE")).isInstanceOf(WxPayException.class);

            Timer prepay = meters.find(ObservedPayCalls.NAME).tag("endpoint", "POST /v3/pay/transactions/jsapi")
                    .tag("status", "200").tag("code", "none").tag("outcome", "success").timer();
            assertThat(prepay).isNotNull();
            assertThat(prepay.count()).isEqualTo(1);
            assertThat(prepay.totalTime(TimeUnit.NANOSECONDS)).isPositive();
            Timer missing = meters.find(ObservedPayCalls.NAME)
                    .tag("endpoint", "GET /v3/pay/transactions/out-trade-no/{out_trade_no}").tag("outcome", "error").timer();
            assertThat(missing).isNotNull();
            assertThat(missing.getId().getTag("status")).isEqualTo("404");
            assertThat(missing.getId().getTag("code")).isEqualTo("ORDER_NOT_EXIST");
            assertThat(meters.getMeters()).allSatisfy(m -> assertThat(m.getId().toString())
                    .doesNotContain("METRICS-NONE").doesNotContain(API_V3_KEY));
            assertThat(observations.getCurrentObservation()).isNull();
        });
    }

    @Test
    void downloadedPlatformCertificatesAppearInTheHealthReportWithTheirExpiry() throws IOException {
        runner(false).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            WxHealthCheck health = ctx.getBean(WxHealthCheck.class);
            assertThat(merchant(health.check())).containsEntry("platformCertificates", "not-downloaded-yet");
            ctx.getBean(WxPay.class).jsapi().prepay(Order.of("METRICS-2", "Ticket", 990, payer)); // downloads them first
            WxHealthCheck.Snapshot s = health.check();
            assertThat(s.up()).isTrue();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> certs = (List<Map<String, Object>>) merchant(s).get("platformCertificates");
            assertThat(certs).singleElement().satisfies(c -> {
                assertThat(c).containsEntry("serial", emulator.control().platform().certificateSerial())
                        .containsEntry("status", "valid").containsKey("notAfter");
                assertThat((Long) c.get("expiresInDays")).isPositive();
            });
            assertThat(meters.find(ObservedPayCalls.NAME).tag("endpoint", "GET /v3/certificates").timer().count()).isEqualTo(1);
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> merchant(WxHealthCheck.Snapshot s) {
        return (Map<String, Object>) ((Map<String, Object>) s.details().get("merchants")).get(MCH_ID);
    }

    @Test
    void pathsWithTheMerchantsNumbersAreTemplated() {
        assertThat(ObservedPayCalls.template("GET /v3/pay/transactions/id/4200000001")).isEqualTo("GET /v3/pay/transactions/id/{transaction_id}");
        assertThat(ObservedPayCalls.template("POST /v3/pay/transactions/out-trade-no/T1/close"))
                .isEqualTo("POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close");
        assertThat(ObservedPayCalls.template("POST /v3/refund/domestic/refunds")).isEqualTo("POST /v3/refund/domestic/refunds");
        assertThat(ObservedPayCalls.template("GET /v3/refund/domestic/refunds/R1")).isEqualTo("GET /v3/refund/domestic/refunds/{refund_no}");
        assertThat(ObservedPayCalls.template("GET /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/B1"))
                .isEqualTo("GET /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}");
    }
}
