package io.wxkit.pay;

import io.wxkit.pay.observe.VerificationKey;

import io.wxkit.pay.observe.PayCallResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The listener hook: one start and one outcome per call, for successes, WeChat Pay's errors and failing listeners. */
class PayCallListenerTest {
    @StartStop
    final MockWebServer server = new MockWebServer();
    final PayTestKit kit = new PayTestKit();
    final List<String> started = new CopyOnWriteArrayList<>();
    final List<PayCallResult> finished = new CopyOnWriteArrayList<>();

    private WxPay pay() {
        return kit.builder(server).listener(endpoint -> {
            started.add(endpoint);
            return finished::add;
        }).build();
    }

    @Test
    void aSuccessfulCallIsReportedWithItsEndpointWithoutTheQuery() {
        server.enqueue(kit.signed(200, PayTestKit.TRANSACTION_JSON));
        pay().transactions().queryByOutTradeNo("1217752501201407033233368018");
        assertThat(started).containsExactly("GET /v3/pay/transactions/out-trade-no/1217752501201407033233368018");
        assertThat(finished).singleElement().satisfies(c -> {
            assertThat(c.endpoint()).isEqualTo(started.get(0));
            assertThat(c.succeeded()).isTrue();
            assertThat(c.httpStatus()).isEqualTo(200);
            assertThat(c.code()).isNull();
            assertThat(c.transportFailure()).isFalse();
            assertThat(c.latency()).isPositive();
        });
    }

    @Test
    void weChatPaysErrorCodeIsReported() {
        server.enqueue(kit.signed(400, "{\"code\":\"PARAM_ERROR\",\"message\":\"bad out_trade_no\"}"));
        assertThatThrownBy(() -> pay().transactions().queryByOutTradeNo("T1")).isInstanceOf(WxPayException.class);
        assertThat(finished).singleElement().satisfies(c -> {
            assertThat(c.succeeded()).isFalse();
            assertThat(c.httpStatus()).isEqualTo(400);
            assertThat(c.code()).isEqualTo("PARAM_ERROR");
            assertThat(c.transportFailure()).isFalse();
        });
    }

    @Test
    void anUnreachableHostIsATransportFailure() {
        HttpUrl closed = server.url("/");
        server.close();
        WxPay pay = kit.builder(server).baseUrl(closed.toString()).listener(e -> finished::add).build();
        assertThatThrownBy(() -> pay.transactions().queryByOutTradeNo("T1")).isInstanceOf(WxPayException.class);
        assertThat(finished).singleElement().satisfies(c -> {
            assertThat(c.transportFailure()).isTrue();
            assertThat(c.httpStatus()).isZero();
            assertThat(c.code()).isEqualTo("TRANSPORT_ERROR");
        });
    }

    @Test
    void aFailingListenerDoesNotFailTheCall() {
        server.enqueue(kit.signed(200, PayTestKit.TRANSACTION_JSON));
        server.enqueue(kit.signed(200, PayTestKit.TRANSACTION_JSON));
        WxPay throwsAtStart = kit.builder(server).listener(e -> {
            throw new IllegalStateException("metrics down");
        }).build();
        WxPay throwsAtEnd = kit.builder(server).listener(e -> c -> {
            throw new IllegalStateException("metrics down");
        }).build();
        assertThat(throwsAtStart.transactions().queryByOutTradeNo("T1").outTradeNo()).isNotNull();
        assertThat(throwsAtEnd.transactions().queryByOutTradeNo("T1").outTradeNo()).isNotNull();
    }

    @Test
    void theVerificationKeysOfThePublicKeyModeNameTheKeyWithoutExpiry() {
        assertThat(pay().verificationKeys()).containsExactly(
                new VerificationKey(VerificationKey.Kind.PUBLIC_KEY, PayTestKit.PUBLIC_KEY_ID, null));
    }
}
