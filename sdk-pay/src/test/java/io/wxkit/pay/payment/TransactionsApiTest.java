package io.wxkit.pay.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.pay.PayTestKit;
import io.wxkit.pay.WxPay;
import io.wxkit.pay.WxPayException;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class TransactionsApiTest {
    @StartStop
    final MockWebServer server = new MockWebServer();
    final PayTestKit kit = new PayTestKit();

    @Test
    void queryByOutTradeNoSendsSignedGetAndParsesTheTransaction() throws Exception {
        server.enqueue(kit.signed(200, PayTestKit.TRANSACTION_JSON));
        Transaction t = kit.builder(server).build().transactions().queryByOutTradeNo("1217752501201407033233368018");
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getTarget()).isEqualTo("/v3/pay/transactions/out-trade-no/1217752501201407033233368018?mchid=" + PayTestKit.MCH_ID);
        assertThat(r.getBodySize()).isZero();
        PayTestKit.assertSignedByMerchant(r);
        assertThat(t.transactionId()).isEqualTo("4200000001202311150000000001");
        assertThat(t.isPaid()).isTrue();
        assertThat(t.totalFen()).isEqualTo(100);
        assertThat(t.amount().payerTotalFen()).isEqualTo(100);
        assertThat(t.payerOpenid()).isEqualTo("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
        assertThat(t.successTime()).isEqualTo(Instant.parse("2023-11-14T22:08:20Z"));
        assertThat(t.attach()).isEqualTo("自定义数据");
    }

    @Test
    void queryByTransactionIdUsesTheIdPath() throws Exception {
        server.enqueue(kit.signed(200, PayTestKit.TRANSACTION_JSON));
        kit.builder(server).build().transactions().queryByTransactionId("4200000001202311150000000001");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/v3/pay/transactions/id/4200000001202311150000000001?mchid=" + PayTestKit.MCH_ID);
    }

    @Test
    void unknownOrderIsAnErrorWithTheDocumentedCode() {
        server.enqueue(kit.signed(404, "{\"code\":\"ORDER_NOT_EXIST\",\"message\":\"订单不存在\"}"));
        assertThatThrownBy(() -> kit.builder(server).build().transactions().queryByOutTradeNo("NO_SUCH_ORDER"))
                .isInstanceOfSatisfying(WxPayException.class, e -> assertThat(e.code()).isEqualTo("ORDER_NOT_EXIST"));
    }

    @Test
    void closePostsTheMerchantIdAndAccepts204() throws Exception {
        server.enqueue(kit.signed(204, ""));
        WxPay pay = kit.builder(server).build();
        pay.transactions().close("1217752501201407033233368018");
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/v3/pay/transactions/out-trade-no/1217752501201407033233368018/close");
        assertThat(r.getBody().utf8()).isEqualTo("{\"mchid\":\"" + PayTestKit.MCH_ID + "\"}");
        PayTestKit.assertSignedByMerchant(r);
    }

    @Test
    void closingAClosedOrderIsAnError() {
        server.enqueue(kit.signed(400, "{\"code\":\"ORDER_CLOSED\",\"message\":\"订单已关闭\"}"));
        assertThatThrownBy(() -> kit.builder(server).build().transactions().close("1217752501201407033233368018"))
                .isInstanceOfSatisfying(WxPayException.class, e -> assertThat(e.code()).isEqualTo("ORDER_CLOSED"));
    }
}
