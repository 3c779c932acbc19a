package io.wxkit.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.pay.observe.VerificationKey;
import io.wxkit.spring.WxPropertyException;
import io.wxkit.spring.mp.WxMpAutoConfiguration;
import io.wxkit.spring.pay.WxPayAutoConfiguration;
import io.wxkit.spring.pay.WxPayKeyInventory;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The health indicator's merchant part: merchant certificate, platform certificates and public key expiry. */
class PayKeyHealthTest {
    private static final String SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    private static final String PUBLIC_KEY_ID = "PUB_KEY_ID_0114232134912410000000000000000001";
    private static final String API_V3_KEY = "wxkitTestApiV3Key0123456789ABCDE";
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @TempDir
    Path dir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class, WxMpAutoConfiguration.class,
                    WxPayAutoConfiguration.class, WxHealthAutoConfiguration.class))
            .withPropertyValues("wxkit.store=memory", "wxkit.pay.mch-id=1900000109", "wxkit.pay.cert-serial-no=" + SERIAL,
                    "wxkit.pay.private-key=" + keys("TEST-ONLY-merchant-apiclient_key.pem"),
                    "wxkit.pay.api-v3-key=" + API_V3_KEY, "wxkit.pay.public-key-id=" + PUBLIC_KEY_ID,
                    "wxkit.pay.public-key=" + keys("TEST-ONLY-platform_pub.pem"));

    private static String keys(String file) {
        return "file:" + Path.of(System.getProperty("wxkit.shared.dir"), "vectors/keys", file);
    }

    private String certificateExpiringIn(Duration d) {
        Instant now = Instant.now();
        return TestCertificates.pemFile(dir, "apiclient_cert.pem",
                TestCertificates.certificate(SERIAL, now.minus(Duration.ofDays(365)), now.plus(d)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> merchant(WxHealthCheck.Snapshot s) {
        return (Map<String, Object>) ((Map<String, Object>) s.details().get("merchants")).get("1900000109");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<String, Object> merchant, String name) {
        return (Map<String, Object>) merchant.get(name);
    }

    @Test
    void aPayOnlyAppGetsTheIndicatorWithTheCertificateValidAndThePublicKeyLoaded() {
        runner.withPropertyValues("wxkit.pay.merchant-certificate=" + certificateExpiringIn(Duration.ofDays(400))).run(ctx -> {
            assertThat(ctx).hasNotFailed().hasBean(WxHealthAutoConfiguration.NAME);
            WxHealthCheck.Snapshot s = ctx.getBean(WxHealthCheck.class).check();
            assertThat(s.up()).isTrue();
            assertThat(s.details()).doesNotContainKey("accounts");
            Map<String, Object> m = merchant(s);
            assertThat(part(m, "merchantCertificate")).containsEntry("serial", SERIAL).containsEntry("status", "valid")
                    .containsEntry("expiresInDays", 399L).doesNotContainKey("warning");
            assertThat(part(m, "publicKey")).isEqualTo(Map.of("id", PUBLIC_KEY_ID, "status", "loaded", "expires", "never"));
            assertThat(s.details().toString()).doesNotContain(API_V3_KEY).doesNotContain("PRIVATE");
        });
    }

    @Test
    void aCertificateExpiringWithin30DaysStaysUpWithAWarning() {
        runner.withPropertyValues("wxkit.pay.merchant-certificate=" + certificateExpiringIn(Duration.ofDays(12).plusHours(1))).run(ctx -> {
            WxHealthCheck.Snapshot s = ctx.getBean(WxHealthCheck.class).check();
            assertThat(s.up()).isTrue();
            assertThat(part(merchant(s), "merchantCertificate")).containsEntry("status", "expiring")
                    .containsEntry("expiresInDays", 12L).containsEntry("warning", "expires in less than 30 days");
        });
    }

    @Test
    void anExpiredCertificateIsDown() {
        runner.withPropertyValues("wxkit.pay.merchant-certificate=" + certificateExpiringIn(Duration.ofDays(-1))).run(ctx -> {
            WxHealthCheck.Snapshot s = ctx.getBean(WxHealthCheck.class).check();
            assertThat(s.up()).isFalse();
            assertThat(part(merchant(s), "merchantCertificate")).containsEntry("status", "expired").doesNotContainKey("expiresInDays");
        });
    }

    @Test
    void withoutACertificateTheReportSaysWhichPropertyEnablesTheCheck() {
        runner.run(ctx -> {
            WxHealthCheck.Snapshot s = ctx.getBean(WxHealthCheck.class).check();
            assertThat(s.up()).isTrue();
            assertThat(part(merchant(s), "merchantCertificate")).containsEntry("status", "not-configured")
                    .containsEntry("hint", "set wxkit.pay.merchant-certificate to check its expiry");
        });
    }

    @Test
    void aCertificateOfAnotherSerialOrNotACertificateIsRefusedAtStartup() {
        String other = TestCertificates.pemFile(dir, "other.pem", TestCertificates.certificate("1234ABCD",
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(100))));
        runner.withPropertyValues("wxkit.pay.merchant-certificate=" + other).run(ctx -> assertThat(ctx.getStartupFailure())
                .rootCause().isInstanceOf(WxPropertyException.class)
                .hasMessage("wxkit.pay.merchant-certificate holds a certificate whose serial is not wxkit.pay.cert-serial-no"));
        runner.withPropertyValues("wxkit.pay.merchant-certificate=" + keys("TEST-ONLY-platform_pub.pem"))
                .run(ctx -> assertThat(ctx.getStartupFailure()).rootCause()
                        .hasMessage("wxkit.pay.merchant-certificate is not a PEM X.509 certificate"));
    }

    @Test
    void theSharedTestCertificateIsAcceptedForItsSerial() {
        runner.withPropertyValues("wxkit.pay.merchant-certificate=" + keys("TEST-ONLY-merchant-apiclient_cert.pem"))
                .run(ctx -> assertThat(part(merchant(ctx.getBean(WxHealthCheck.class).check()), "merchantCertificate"))
                        .containsEntry("notAfter", "2036-11-23T09:52:56Z"));
    }

    // platform certificates come from sdk-pay's download; their states are checked on the inventory directly

    private static PayKeyHealth.Report platform(List<VerificationKey> keys) {
        return new PayKeyHealth(new WxPayKeyInventory(List.of(new WxPayKeyInventory.Merchant("1900000109", "wxkit.pay",
                SERIAL, null, () -> keys)))).check(NOW);
    }

    private static VerificationKey cert(String serial, Duration fromNow) {
        return new VerificationKey(VerificationKey.Kind.PLATFORM_CERTIFICATE, serial, NOW.plus(fromNow).truncatedTo(ChronoUnit.SECONDS));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> platformCertificates(PayKeyHealth.Report r) {
        return (List<Map<String, Object>>) ((Map<String, Object>) r.merchants().get("1900000109")).get("platformCertificates");
    }

    @Test
    void platformCertificatesAreListedWithTheirExpiry() {
        PayKeyHealth.Report r = platform(List.of(cert("AA01", Duration.ofDays(5)), cert("AA02", Duration.ofDays(300))));
        assertThat(r.down()).isFalse();
        assertThat(platformCertificates(r)).extracting(c -> c.get("serial"), c -> c.get("status"), c -> c.get("expiresInDays"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("AA01", "expiring", 5L),
                        org.assertj.core.groups.Tuple.tuple("AA02", "valid", 300L));
    }

    @Test
    void platformCertificatesAllExpiredAreDownOneValidIsEnough() {
        assertThat(platform(List.of(cert("AA01", Duration.ofSeconds(-1)))).down()).isTrue();
        assertThat(platform(List.of(cert("AA01", Duration.ofSeconds(-1)), cert("AA02", Duration.ofDays(1)))).down()).isFalse();
    }

    @Test
    void certificateModeBeforeItsFirstDownloadSaysSoAndStaysUp() {
        PayKeyHealth.Report r = platform(List.of());
        assertThat(r.down()).isFalse();
        assertThat(((Map<?, ?>) r.merchants().get("1900000109")).get("platformCertificates")).isEqualTo("not-downloaded-yet");
    }

    @Test
    void migrationModeReportsBoth() {
        PayKeyHealth.Report r = platform(List.of(new VerificationKey(VerificationKey.Kind.PUBLIC_KEY, PUBLIC_KEY_ID, null),
                cert("AA02", Duration.ofDays(300))));
        assertThat(r.merchants().get("1900000109").toString()).contains("publicKey=", "platformCertificates=");
    }
}
