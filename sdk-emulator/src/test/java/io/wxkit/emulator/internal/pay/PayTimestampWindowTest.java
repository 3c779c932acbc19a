package io.wxkit.emulator.internal.pay;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.emulator.RawHttp;
import io.wxkit.emulator.WxEmulator;
import java.security.PrivateKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 5-minute Authorization timestamp window, including values whose difference to now overflows a long. */
class PayTimestampWindowTest {

    @Test
    void theWindowIsInclusiveAndBoundedOnBothSides() {
        long now = 1_764_000_000L;
        assertThat(PayGate.withinWindow(now, now)).isTrue();
        assertThat(PayGate.withinWindow(now, now - 300)).isTrue();
        assertThat(PayGate.withinWindow(now, now + 300)).isTrue();
        assertThat(PayGate.withinWindow(now, now - 301)).isFalse();
        assertThat(PayGate.withinWindow(now, now + 301)).isFalse();
        // now - ts == Long.MIN_VALUE, and Math.abs(Long.MIN_VALUE) is negative: "within" by the old arithmetic
        assertThat(PayGate.withinWindow(now, Long.MIN_VALUE + now)).isFalse();
        assertThat(PayGate.withinWindow(now, Long.MAX_VALUE)).isFalse();
        assertThat(PayGate.withinWindow(now, Long.MIN_VALUE)).isFalse();
    }

    @Test
    void aProperlySignedCallWithAnOverflowingTimestampIsRefused() throws Exception {
        try (WxEmulator emulator = WxEmulator.start()) {
            PrivateKey key = PayWireHeadersTest.registerMerchant(emulator);
            long now = System.currentTimeMillis() / 1000;
            String target = "/v3/pay/transactions/out-trade-no/T20261202009?mchid=" + PayWireHeadersTest.MCH;
            String ts = Long.toString(Long.MIN_VALUE + now);
            RawHttp.Answer a = new RawHttp(emulator.port()).send("GET", target,
                    List.of(PayWireHeadersTest.authorization(key, "GET", target, null, ts)), null);
            assertThat(a.status()).isEqualTo(401);
            assertThat(a.body()).contains("SIGN_ERROR").contains("5分钟");
        }
    }
}
