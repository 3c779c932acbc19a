package io.wxkit.pay.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.internal.crypto.pay.PaySigner;
import io.wxkit.core.internal.crypto.pay.ResourceCipher;
import io.wxkit.core.internal.crypto.pem.Pem;
import io.wxkit.pay.PayTestKit;
import io.wxkit.pay.WxPayException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * A call WeChat Pay does not deduplicate is sent once on an ambiguous outcome (5xx) and reported as
 * {@link WxPayException#OUTCOME_UNKNOWN}; a call keyed by the merchant's own number is retried.
 */
class NonIdempotentRetryTest {
    private static final String SYSTEM_ERROR = "{\"code\":\"SYSTEM_ERROR\",\"message\":\"系统错误\"}";

    @StartStop
    final MockWebServer server = new MockWebServer();
    final PayTestKit kit = new PayTestKit();

    private PayClient client() {
        PrivateKey key = Pem.privateKey(PayTestKit.merchantKeyPem());
        PayContext ctx = new PayContext(PayTestKit.MCH_ID, PayTestKit.APP_ID, PaySigner.rsa(key), key,
                PayTestKit.MERCHANT_SERIAL, List.of(ResourceCipher.aes256Gcm(PayTestKit.API_V3_KEY)),
                List.of(server.url("/")), new OkHttpClient(), kit.clock, new SecureRandom(), new PayJson(),
                new RetryPolicy(3, Duration.ZERO, Duration.ZERO), "wxkit-test", Duration.ofMinutes(5), null);
        return new PayClient(ctx, c -> new PublicKeyPlatformKeys(PayTestKit.PUBLIC_KEY_ID, PayTestKit.PLATFORM.getPublic()));
    }

    @Test
    void aNonIdempotentPostAnswered5xxIsSentOnceAndReportedAsUnknownOutcome() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(kit.signed(500, SYSTEM_ERROR));
        }
        assertThatThrownBy(() -> client().execute(PayCall.post("/v3/not/deduplicated", "{\"a\":1}")))
                .isInstanceOfSatisfying(WxPayException.class, e -> {
                    assertThat(e.code()).isEqualTo(WxPayException.OUTCOME_UNKNOWN);
                    assertThat(e.attempts()).isEqualTo(1);
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aPostKeyedByTheMerchantsNumberIsRetriedOn5xx() {
        server.enqueue(kit.signed(500, SYSTEM_ERROR));
        server.enqueue(kit.signed(200, "{\"refund_id\":\"50000000382019052709732678859\"}"));
        PayResponse r = client().execute(PayCall.keyedPost("/v3/refund/domestic/refunds", "{\"out_refund_no\":\"R1\"}"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }
}
