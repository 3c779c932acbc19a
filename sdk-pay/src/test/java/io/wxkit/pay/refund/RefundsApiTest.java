package io.wxkit.pay.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxkit.core.internal.crypto.pay.SensitiveFields;
import io.wxkit.pay.PayTestKit;
import io.wxkit.pay.WxPayException;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class RefundsApiTest {
    static final String REFUND_JSON = "{\"refund_id\":\"50000000382019052709732678859\",\"out_refund_no\":\"1217752501201407033233368018\","
            + "\"transaction_id\":\"1217752501201407033233368018\",\"out_trade_no\":\"1217752501201407033233368018\",\"channel\":\"ORIGINAL\","
            + "\"user_received_account\":\"招商银行信用卡0403\",\"success_time\":\"2020-12-01T16:18:12+08:00\",\"create_time\":\"2020-12-01T16:18:12+08:00\","
            + "\"status\":\"SUCCESS\",\"funds_account\":\"UNSETTLED\",\"amount\":{\"total\":100,\"refund\":100,\"payer_total\":90,\"payer_refund\":90,"
            + "\"settlement_refund\":100,\"settlement_total\":100,\"discount_refund\":10,\"currency\":\"CNY\"}}";

    @StartStop
    final MockWebServer server = new MockWebServer();
    final PayTestKit kit = new PayTestKit();

    @Test
    void createPostsTheExactRefundAndParsesTheAnswer() throws Exception {
        server.enqueue(kit.signed(200, REFUND_JSON));
        Refund r = kit.builder(server).build().refunds().create(
                RefundRequest.ofOutTradeNo("1217752501201407033233368018", "1217752501201407033233368018", 100, 100).reason("商品已售完"));
        RecordedRequest req = server.takeRequest();
        assertThat(req.getMethod()).isEqualTo("POST");
        assertThat(req.getTarget()).isEqualTo("/v3/refund/domestic/refunds");
        assertThat(req.getBody().utf8()).isEqualTo("{\"out_trade_no\":\"1217752501201407033233368018\",\"out_refund_no\":\"1217752501201407033233368018\","
                + "\"reason\":\"商品已售完\",\"notify_url\":\"https://example.com/pay/notify\",\"amount\":{\"refund\":100,\"total\":100,\"currency\":\"CNY\"}}");
        PayTestKit.assertSignedByMerchant(req);
        assertThat(r.isSuccess()).isTrue();
        assertThat(r.refundId()).isEqualTo("50000000382019052709732678859");
        assertThat(r.amount().payerRefundFen()).isEqualTo(90);
        assertThat(r.amount().discountRefundFen()).isEqualTo(10);
        assertThat(r.successTime()).isEqualTo(Instant.parse("2020-12-01T08:18:12Z"));
    }

    @Test
    void createByTransactionIdSendsTransactionId() throws Exception {
        server.enqueue(kit.signed(200, REFUND_JSON));
        kit.builder(server).build().refunds().create(RefundRequest.ofTransactionId("4200000001", "R1", 1, 100));
        assertThat(server.takeRequest().getBody().utf8()).startsWith("{\"transaction_id\":\"4200000001\",\"out_refund_no\":\"R1\"");
    }

    @Test
    void queryGetsByOutRefundNo() throws Exception {
        server.enqueue(kit.signed(200, REFUND_JSON.replace("\"SUCCESS\"", "\"PROCESSING\"")));
        Refund r = kit.builder(server).build().refunds().query("1217752501201407033233368018");
        RecordedRequest req = server.takeRequest();
        assertThat(req.getMethod()).isEqualTo("GET");
        assertThat(req.getTarget()).isEqualTo("/v3/refund/domestic/refunds/1217752501201407033233368018");
        PayTestKit.assertSignedByMerchant(req);
        assertThat(r.status()).isEqualTo("PROCESSING");
    }

    @Test
    void abnormalRefundToAUserCardEncryptsCardAndNameAndSendsTheSerial() throws Exception {
        server.enqueue(kit.signed(200, REFUND_JSON.replace("\"SUCCESS\"", "\"PROCESSING\"")));
        kit.builder(server).build().refunds().applyAbnormalRefund("50000000382019052709732678859", "R1",
                AbnormalRefund.toUserBankCard("ICBC_DEBIT", "6222020200012345678", "张三"));
        RecordedRequest req = server.takeRequest();
        assertThat(req.getTarget()).isEqualTo("/v3/refund/domestic/refunds/50000000382019052709732678859/apply-abnormal-refund");
        assertThat(req.getHeaders().get("Wechatpay-Serial")).isEqualTo(PayTestKit.PUBLIC_KEY_ID);
        PayTestKit.assertSignedByMerchant(req);
        JsonNode body = new ObjectMapper().readTree(req.getBody().utf8());
        assertThat(body.get("out_refund_no").asText()).isEqualTo("R1");
        assertThat(body.get("type").asText()).isEqualTo("USER_BANK_CARD");
        assertThat(body.get("bank_type").asText()).isEqualTo("ICBC_DEBIT");
        assertThat(req.getBody().utf8()).doesNotContain("6222020200012345678").doesNotContain("张三");
        assertThat(SensitiveFields.decrypt(PayTestKit.PLATFORM.getPrivate(), body.get("bank_account").asText())).isEqualTo("6222020200012345678");
        assertThat(SensitiveFields.decrypt(PayTestKit.PLATFORM.getPrivate(), body.get("real_name").asText())).isEqualTo("张三");
        assertThat(AbnormalRefund.toUserBankCard("ICBC_DEBIT", "6222020200012345678", "张三").toString()).doesNotContain("6222").doesNotContain("张三");
    }

    @Test
    void abnormalRefundToTheMerchantSendsNoSensitiveFields() throws Exception {
        server.enqueue(kit.signed(200, REFUND_JSON));
        kit.builder(server).build().refunds().applyAbnormalRefund("50000000382019052709732678859", "R1", AbnormalRefund.toMerchantBankCard());
        RecordedRequest req = server.takeRequest();
        assertThat(req.getBody().utf8()).isEqualTo("{\"out_refund_no\":\"R1\",\"type\":\"MERCHANT_BANK_CARD\"}");
        assertThat(req.getHeaders().get("Wechatpay-Serial")).isNull();
    }

    @Test
    void refundErrorsAreMappedAndRequestsValidated() {
        server.enqueue(kit.signed(403, "{\"code\":\"NOT_ENOUGH\",\"message\":\"基本账户余额不足\"}"));
        assertThatThrownBy(() -> kit.builder(server).build().refunds().create(RefundRequest.ofOutTradeNo("T1", "R1", 1, 1)))
                .isInstanceOfSatisfying(WxPayException.class, e -> assertThat(e.code()).isEqualTo("NOT_ENOUGH"));
        assertThatThrownBy(() -> RefundRequest.ofOutTradeNo("T1", "R1", 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefundRequest("a", "b", "R1", 1, 1, null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
