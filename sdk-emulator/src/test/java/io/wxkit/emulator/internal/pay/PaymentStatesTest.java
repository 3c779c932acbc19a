package io.wxkit.emulator.internal.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.FakeApp;
import io.wxkit.emulator.MutableClock;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The states a payment passes through, order expiry, and WeChat's notification retry schedule. */
class PaymentStatesTest {
    private final MutableClock clock = new MutableClock(Instant.now());
    private SignedPay pay;

    private SignedPay start(WxEmulator.Builder builder) throws Exception {
        pay = new SignedPay(builder.clock(clock).start(), clock);
        return pay;
    }

    @AfterEach
    void stop() {
        pay.close();
    }

    private String tradeState(String outTradeNo) {
        return pay.call("GET", "/v3/pay/transactions/out-trade-no/" + outTradeNo + "?mchid=" + SignedPay.MCH, null)
                .json().path("trade_state").asText();
    }

    @Test
    void aPaymentInProgressFailsOrIsRevokedAndTheControlApiRefusesImpossibleMoves() throws Exception {
        start(WxEmulator.builder());
        pay.call("POST", "/v3/pay/transactions/jsapi", pay.order("STATE000001", 100, ""));
        assertThat(pay.http.post("/emulator/orders/STATE000001/user-paying", "").status()).isEqualTo(200);
        JsonNode paying = pay.call("GET", "/v3/pay/transactions/out-trade-no/STATE000001?mchid=" + SignedPay.MCH, null)
                .json();
        assertThat(paying.get("trade_state").asText()).isEqualTo("USERPAYING");
        assertThat(paying.get("trade_state_desc").asText()).isEqualTo("用户支付中");
        assertThat(paying.has("success_time")).isFalse();
        assertThat(pay.http.post("/emulator/orders/STATE000001/fail", "").json().get("trade_state").asText())
                .isEqualTo("PAYERROR");
        assertThat(pay.http.post("/emulator/orders/STATE000001/pay", "").status()).isEqualTo(409);
        assertThat(pay.http.post("/emulator/orders/STATE000001/user-paying", "").status()).isEqualTo(409);
        assertThat(pay.call("POST", "/v3/pay/transactions/out-trade-no/STATE000001/close",
                "{\"mchid\":\"" + SignedPay.MCH + "\"}").status()).isEqualTo(204);
        assertThat(tradeState("STATE000001")).isEqualTo("CLOSED");

        pay.call("POST", "/v3/pay/transactions/native", pay.order("STATE000002", 100, ""));
        assertThat(pay.http.post("/emulator/orders/STATE000002/revoke", "").status()).isEqualTo(200);
        assertThat(tradeState("STATE000002")).isEqualTo("REVOKED");
        TestHttp.Result close = pay.call("POST", "/v3/pay/transactions/out-trade-no/STATE000002/close",
                "{\"mchid\":\"" + SignedPay.MCH + "\"}");
        assertThat(close.status()).isEqualTo(400);
        assertThat(close.json().get("code").asText()).isEqualTo("ORDER_CLOSED");
        assertThat(pay.http.post("/emulator/orders/NO-SUCH-ORDER/fail", "").status()).isEqualTo(404);
    }

    @Test
    void aUserPayingOrderCanStillBePaidAndAPaidOrderCannotBeOrderedAgain() throws Exception {
        start(WxEmulator.builder());
        pay.call("POST", "/v3/pay/transactions/jsapi", pay.order("STATE000003", 100, ""));
        pay.http.post("/emulator/orders/STATE000003/user-paying", "");
        assertThat(pay.http.post("/emulator/orders/STATE000003/pay", "").status()).isEqualTo(200);
        assertThat(tradeState("STATE000003")).isEqualTo("SUCCESS");
        TestHttp.Result again = pay.call("POST", "/v3/pay/transactions/jsapi", pay.order("STATE000003", 100, ""));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("code").asText()).isEqualTo("ORDERPAID");
    }

    @Test
    void anOrderPastItsTimeExpireReadsAsClosedAndCannotBePaid() throws Exception {
        start(WxEmulator.builder());
        String expire = OffsetDateTime.ofInstant(clock.instant().plus(Duration.ofMinutes(5)), ZoneOffset.ofHours(8))
                .withNano(0).toString();
        assertThat(pay.call("POST", "/v3/pay/transactions/jsapi", pay.order("EXPIRE00001", 100,
                ",\"time_expire\":\"" + expire + "\"")).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(4));
        assertThat(tradeState("EXPIRE00001")).isEqualTo("NOTPAY");
        clock.advance(Duration.ofMinutes(2));
        assertThat(tradeState("EXPIRE00001")).isEqualTo("CLOSED");
        assertThat(pay.http.post("/emulator/orders/EXPIRE00001/pay", "").status()).isEqualTo(409);

        pay.call("POST", "/v3/pay/transactions/jsapi", pay.order("EXPIRE00002", 100, ""));
        clock.advance(Duration.ofDays(7).minusMinutes(1));
        assertThat(tradeState("EXPIRE00002")).as("7 days without time_expire").isEqualTo("NOTPAY");
        clock.advance(Duration.ofMinutes(1));
        assertThat(tradeState("EXPIRE00002")).isEqualTo("CLOSED");

        TestHttp.Result bad = pay.call("POST", "/v3/pay/transactions/jsapi", pay.order("EXPIRE00003", 100,
                ",\"time_expire\":\"tomorrow\""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("code").asText()).isEqualTo("PARAM_ERROR");
    }

    @Test
    void theDefaultRetryScheduleIsWeChatsAndAControlOptionCompressesIt() throws Exception {
        start(WxEmulator.builder());
        JsonNode options = pay.http.get("/emulator/pay/options").json();
        List<Long> payment = new ArrayList<>();
        options.get("paymentRetriesMs").forEach(n -> payment.add(n.asLong()));
        // 15s/15s/30s/3m/10m/20m/30m/30m/30m/60m/3h/3h/3h/6h/6h (api-reference §14)
        assertThat(payment).containsExactly(15_000L, 15_000L, 30_000L, 180_000L, 600_000L, 1_200_000L, 1_800_000L,
                1_800_000L, 1_800_000L, 3_600_000L, 10_800_000L, 10_800_000L, 10_800_000L, 21_600_000L, 21_600_000L);
        assertThat(options.get("transferRetriesMs")).hasSize(64);
        assertThat(options.get("refunds").asText()).isEqualTo("instant");

        JsonNode fast = pay.http.post("/emulator/pay/options", "{\"notifyRetryDivisor\":1000}").json();
        assertThat(fast.get("paymentRetriesMs").get(0).asLong()).isEqualTo(15);
        assertThat(fast.get("paymentRetriesMs").get(3).asLong()).isEqualTo(180);
        assertThat(pay.http.post("/emulator/pay/options", "{\"notifyRetryDivisor\":0}").status()).isEqualTo(400);

        pay.call("POST", "/v3/pay/transactions/jsapi", pay.order("RETRY000001", 100, ""));
        int[] calls = {0};
        pay.app.answer(r -> ++calls[0] <= 3 ? new FakeApp.Response(500, "{\"code\":\"FAIL\",\"message\":\"失败\"}")
                : new FakeApp.Response(200, ""));
        assertThat(pay.http.post("/emulator/orders/RETRY000001/pay", "").json().get("notified").asBoolean()).isFalse();
        for (int i = 0; i < 4; i++) {
            assertThat(pay.notification(pay.app.next()).get("event_type").asText()).isEqualTo("TRANSACTION.SUCCESS");
        }
        JsonNode attempts = awaitAttempts("RETRY000001", 4);
        assertThat(attempts.get(0).get("outcome").asText()).isEqualTo("HTTP 500");
        assertThat(attempts.get(3).get("accepted").asBoolean()).isTrue();
        assertThat(pay.http.post("/emulator/pay/options", "{\"notifyRetries\":\"wechat\"}").json()
                .get("paymentRetriesMs").get(0).asLong()).isEqualTo(15_000);
    }

    private JsonNode awaitAttempts(String outTradeNo, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode attempts;
        do {
            attempts = pay.http.get("/emulator/orders/" + outTradeNo).json().get("notifications");
            if (attempts.size() >= n) {
                return attempts;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("only " + attempts.size() + " attempts recorded");
    }
}
