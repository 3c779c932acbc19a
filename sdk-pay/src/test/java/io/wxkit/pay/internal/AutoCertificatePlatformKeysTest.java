package io.wxkit.pay.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.internal.crypto.pay.PaySigner;
import io.wxkit.core.internal.crypto.pem.Pem;
import io.wxkit.pay.PayTestKit;
import io.wxkit.pay.WxPay;
import io.wxkit.pay.WxPayException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;

/** Platform certificates: downloaded, decrypted, verified, cached, refreshed single-flight. */
class AutoCertificatePlatformKeysTest {
    static final class MutableClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(PayTestKit.NOW);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @StartStop
    final MockWebServer server = new MockWebServer();
    final MutableClock clock = new MutableClock();
    final PayTestKit kit = new PayTestKit(clock);
    final HeldCertificate platform = new HeldCertificate.Builder().rsa2048().serialNumber(0x3775B6A45ACDL)
            .validityInterval(PayTestKit.NOW.minus(Duration.ofDays(1)).toEpochMilli(), PayTestKit.NOW.plus(Duration.ofDays(365)).toEpochMilli())
            .build();
    final String serial = Pem.serialNumber(platform.certificate());
    final PaySigner platformSigner = PaySigner.rsa(platform.keyPair().getPrivate());
    final AtomicInteger certificateCalls = new AtomicInteger();
    final AtomicInteger failCertificateCalls = new AtomicInteger();

    private MockResponse signedBy(int code, String body) {
        String ts = Long.toString(clock.instant().getEpochSecond());
        String nonce = "NONCE" + ts;
        return new MockResponse.Builder().code(code).addHeader("Wechatpay-Timestamp", ts).addHeader("Wechatpay-Nonce", nonce)
                .addHeader("Wechatpay-Serial", serial)
                .addHeader("Wechatpay-Signature", platformSigner.sign(io.wxkit.core.internal.crypto.pay.V3SignedMessage.message(ts, nonce, body)))
                .body(body).build();
    }

    final HeldCertificate rotated = new HeldCertificate.Builder().rsa2048().serialNumber(0x4886C7B56BDEL)
            .validityInterval(PayTestKit.NOW.minus(Duration.ofDays(1)).toEpochMilli(), PayTestKit.NOW.plus(Duration.ofDays(730)).toEpochMilli())
            .build();
    volatile boolean rotationPublished;

    private String entry(HeldCertificate cert) {
        String ct = kit.cipher.encrypt("certificate", "certnonce123", cert.certificatePem());
        return "{\"serial_no\":\"" + Pem.serialNumber(cert.certificate()) + "\",\"effective_time\":\"2023-11-13T08:00:00+08:00\","
                + "\"expire_time\":\"2024-11-13T08:00:00+08:00\",\"encrypt_certificate\":{\"algorithm\":\"AEAD_AES_256_GCM\","
                + "\"nonce\":\"certnonce123\",\"associated_data\":\"certificate\",\"ciphertext\":\"" + ct + "\"}}";
    }

    private String certificatesJson() {
        return "{\"data\":[" + entry(platform) + (rotationPublished ? "," + entry(rotated) : "") + "]}";
    }

    private WxPay pay() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getTarget().equals("/v3/certificates")) {
                    certificateCalls.incrementAndGet();
                    if (failCertificateCalls.get() > 0) {
                        failCertificateCalls.decrementAndGet();
                        return new MockResponse.Builder().code(500).body("down").build();
                    }
                    return signedBy(200, certificatesJson());
                }
                return signedBy(200, PayTestKit.TRANSACTION_JSON);
            }
        });
        return WxPay.builder().mchId(PayTestKit.MCH_ID).appId(PayTestKit.APP_ID)
                .merchantKey(PayTestKit.merchantKeyPem(), PayTestKit.MERCHANT_SERIAL).apiV3Key(PayTestKit.API_V3_KEY)
                .autoPlatformCertificates().baseUrl(server.url("/").toString()).clock(clock)
                .retry(1, Duration.ZERO, Duration.ZERO).build();
    }

    @Test
    void certificatesAreDownloadedOnceVerifiedAndUsedForResponses() throws Exception {
        WxPay pay = pay();
        for (int i = 0; i < 3; i++) {
            assertThat(pay.transactions().queryByOutTradeNo("1217752501201407033233368018").isPaid()).isTrue();
        }
        assertThat(certificateCalls).hasValue(1);
        RecordedRequest first = server.takeRequest();
        assertThat(first.getTarget()).isEqualTo("/v3/certificates");
        PayTestKit.assertSignedByMerchant(first);
    }

    @Test
    void certificatesAreRefreshedAfterTwelveHours() {
        WxPay pay = pay();
        pay.transactions().queryByOutTradeNo("1217752501201407033233368018");
        clock.now.set(PayTestKit.NOW.plus(Duration.ofHours(11)));
        pay.transactions().queryByOutTradeNo("1217752501201407033233368018");
        assertThat(certificateCalls).hasValue(1);
        clock.now.set(PayTestKit.NOW.plus(Duration.ofHours(12)).plusSeconds(1));
        pay.transactions().queryByOutTradeNo("1217752501201407033233368018");
        assertThat(certificateCalls).hasValue(2);
    }

    @Test
    void aFailedRefreshKeepsTheOldCertificatesAndRetriesLater() {
        WxPay pay = pay();
        pay.transactions().queryByOutTradeNo("1217752501201407033233368018");
        clock.now.set(PayTestKit.NOW.plus(Duration.ofHours(13)));
        failCertificateCalls.set(1);
        assertThat(pay.transactions().queryByOutTradeNo("1217752501201407033233368018").isPaid()).isTrue();
        assertThat(certificateCalls).hasValue(2);
        pay.transactions().queryByOutTradeNo("1217752501201407033233368018"); // within a minute: no new attempt
        assertThat(certificateCalls).hasValue(2);
        clock.now.set(PayTestKit.NOW.plus(Duration.ofHours(13)).plusSeconds(61));
        pay.transactions().queryByOutTradeNo("1217752501201407033233368018");
        assertThat(certificateCalls).hasValue(3);
    }

    @Test
    void refreshIsSingleFlightUnderConcurrency() throws Exception {
        WxPay pay = pay();
        pay.transactions().queryByOutTradeNo("1217752501201407033233368018");
        clock.now.set(PayTestKit.NOW.plus(Duration.ofHours(13)));
        int threads = 24;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return pay.transactions().queryByOutTradeNo("1217752501201407033233368018").isPaid();
                }));
            }
            start.countDown();
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(certificateCalls).hasValue(2);
    }

    @Test
    void aNotificationFromANewPlatformCertificateTriggersOneRefresh() {
        WxPay pay = pay();
        pay.transactions().queryByOutTradeNo("1217752501201407033233368018");
        rotationPublished = true; // WeChat rotates its certificate; the cache does not know it yet
        PaySigner rotatedSigner = PaySigner.rsa(rotated.keyPair().getPrivate());
        String body = kit.notificationBody("EV-ROT", "TRANSACTION.SUCCESS", "transaction", PayTestKit.TRANSACTION_JSON);
        clock.now.set(PayTestKit.NOW.plusSeconds(61)); // past the one-refresh-a-minute guard
        java.util.Map<String, String> fresh = new java.util.HashMap<>();
        fresh.put("Wechatpay-Nonce", "N");
        fresh.put("Wechatpay-Serial", Pem.serialNumber(rotated.certificate()));
        fresh.put("Wechatpay-Timestamp", Long.toString(clock.instant().getEpochSecond()));
        fresh.put("Wechatpay-Signature", rotatedSigner.sign(io.wxkit.core.internal.crypto.pay.V3SignedMessage.message(fresh.get("Wechatpay-Timestamp"), "N", body)));
        assertThat(pay.notifications().parsePayment(fresh, body).outTradeNo()).isEqualTo("1217752501201407033233368018");
        assertThat(certificateCalls).hasValue(2);

        java.util.Map<String, String> forged = new java.util.HashMap<>(fresh);
        forged.put("Wechatpay-Serial", "DEADBEEF");
        for (int i = 0; i < 5; i++) { // forged serials cannot make the SDK hammer WeChat
            assertThatThrownBy(() -> pay.notifications().parsePayment(forged, body))
                    .isInstanceOfSatisfying(WxPayException.class, e -> assertThat(e.code()).isEqualTo("UNKNOWN_PLATFORM_SERIAL"));
        }
        assertThat(certificateCalls).hasValue(2);
    }

    @Test
    void firstLoadFailureIsAnError() {
        failCertificateCalls.set(5);
        WxPay pay = pay();
        assertThatThrownBy(() -> pay.transactions().queryByOutTradeNo("1217752501201407033233368018"))
                .isInstanceOf(WxPayException.class);
    }

    @Test
    void aCertificateAnswerSignedByAnUnknownKeyIsRejected() {
        WxPay pay = pay();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return kit.signed(200, certificatesJson()); // signed by a key that is not in the answer
            }
        });
        assertThatThrownBy(() -> pay.transactions().queryByOutTradeNo("1217752501201407033233368018"))
                .isInstanceOfSatisfying(WxPayException.class, e -> assertThat(e.code()).isEqualTo("UNKNOWN_PLATFORM_SERIAL"));
    }
}
