package io.wxkit.pay.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxkit.core.internal.crypto.pay.SensitiveFields;
import io.wxkit.pay.PayTestKit;
import io.wxkit.pay.WxPay;
import io.wxkit.pay.WxPayException;
import io.wxkit.pay.notification.TransferNotification;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class TransfersApiTest {
    static final String CREATED = "{\"out_bill_no\":\"plfk2020042013\",\"transfer_bill_no\":\"1330000071100999991182020050700019480001\","
            + "\"create_time\":\"2015-05-20T13:29:35.120+08:00\",\"state\":\"WAIT_USER_CONFIRM\",\"package_info\":\"affffddafdfafddffda==\"}";
    static final String DETAIL = "{\"mch_id\":\"1900001109\",\"out_bill_no\":\"plfk2020042013\",\"transfer_bill_no\":\"1330000071100999991182020050700019480001\","
            + "\"appid\":\"wxf636efh567hg4356\",\"state\":\"SUCCESS\",\"transfer_amount\":400,\"transfer_remark\":\"2020年4月报销\","
            + "\"fail_reason\":\"PAYEE_ACCOUNT_ABNORMAL\",\"openid\":\"o-MYE42l80oelYMDE34nYD456Xoy\",\"create_time\":\"2015-05-20T13:29:35.120+08:00\","
            + "\"update_time\":\"2015-05-20T13:29:35.120+08:00\"}";

    @StartStop
    final MockWebServer server = new MockWebServer();
    final PayTestKit kit = new PayTestKit();

    @Test
    void createSendsTheExactTransferAndReturnsThePackageForConfirmation() throws Exception {
        server.enqueue(kit.signed(200, CREATED));
        TransferBill b = kit.builder(server).build().transfers().create(
                TransferRequest.of("plfk2020042013", "1000", "o-MYE42l80oelYMDE34nYD456Xoy", 400, "新会员开通有礼")
                        .userRecvPerception("现金奖励").reportInfo("活动名称", "新会员有礼").reportInfo("奖励说明", "注册会员抽奖一等奖"));
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/v3/fund-app/mch-transfer/transfer-bills");
        assertThat(r.getBody().utf8()).isEqualTo("{\"appid\":\"" + PayTestKit.APP_ID + "\",\"out_bill_no\":\"plfk2020042013\",\"transfer_scene_id\":\"1000\","
                + "\"openid\":\"o-MYE42l80oelYMDE34nYD456Xoy\",\"transfer_amount\":400,\"transfer_remark\":\"新会员开通有礼\","
                + "\"user_recv_perception\":\"现金奖励\",\"transfer_scene_report_infos\":[{\"info_type\":\"活动名称\",\"info_content\":\"新会员有礼\"},"
                + "{\"info_type\":\"奖励说明\",\"info_content\":\"注册会员抽奖一等奖\"}]}");
        assertThat(r.getHeaders().get("Wechatpay-Serial")).isNull();
        PayTestKit.assertSignedByMerchant(r);
        assertThat(b.awaitsUserConfirmation()).isTrue();
        assertThat(b.packageInfo()).isEqualTo("affffddafdfafddffda==");
        assertThat(b.isFinal()).isFalse();
    }

    @Test
    void aRealNameIsEncryptedAndTheSerialSent() throws Exception {
        server.enqueue(kit.signed(200, CREATED));
        kit.builder(server).build().transfers().create(TransferRequest.of("plfk2020042014", "1000", "openid", 300000, "报销").userName("张三"));
        RecordedRequest r = server.takeRequest();
        assertThat(r.getHeaders().get("Wechatpay-Serial")).isEqualTo(PayTestKit.PUBLIC_KEY_ID);
        JsonNode body = new ObjectMapper().readTree(r.getBody().utf8());
        assertThat(r.getBody().utf8()).doesNotContain("张三");
        assertThat(SensitiveFields.decrypt(PayTestKit.PLATFORM.getPrivate(), body.get("user_name").asText())).isEqualTo("张三");
    }

    @Test
    void queriesUseBothNumbers() throws Exception {
        server.enqueue(kit.signed(200, DETAIL));
        server.enqueue(kit.signed(200, DETAIL));
        WxPay pay = kit.builder(server).build();
        TransferBill b = pay.transfers().queryByOutBillNo("plfk2020042013");
        pay.transfers().queryByTransferBillNo("1330000071100999991182020050700019480001");
        RecordedRequest first = server.takeRequest();
        assertThat(first.getTarget()).isEqualTo("/v3/fund-app/mch-transfer/transfer-bills/out-bill-no/plfk2020042013");
        PayTestKit.assertSignedByMerchant(first);
        assertThat(server.takeRequest().getTarget()).isEqualTo("/v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/1330000071100999991182020050700019480001");
        assertThat(b.isFinal()).isTrue();
        assertThat(b.transferAmountFen()).isEqualTo(400);
        assertThat(b.mchId()).isEqualTo("1900001109");
    }

    @Test
    void cancelPostsWithAnEmptyBody() throws Exception {
        server.enqueue(kit.signed(200, "{\"out_bill_no\":\"plfk2020042013\",\"transfer_bill_no\":\"1330000071100999991182020050700019480001\","
                + "\"state\":\"CANCELING\",\"update_time\":\"2015-05-20T13:29:35.120+08:00\"}"));
        TransferBill b = kit.builder(server).build().transfers().cancel("plfk2020042013");
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/v3/fund-app/mch-transfer/transfer-bills/out-bill-no/plfk2020042013/cancel");
        assertThat(r.getBodySize()).isZero();
        PayTestKit.assertSignedByMerchant(r);
        assertThat(b.state()).isEqualTo("CANCELING");
    }

    @Test
    void notificationIsVerifiedAndDecrypted() {
        String body = kit.notificationBody("EV-T1", "MCHTRANSFER.BILL.FINISHED", "mch_payment",
                DETAIL.replace("\"mch_id\":\"1900001109\"", "\"mchid\":\"" + PayTestKit.MCH_ID + "\""));
        TransferNotification n = kit.builder(server).build().notifications().parseTransfer(kit.notificationHeaders(body), body);
        assertThat(n.bill().state()).isEqualTo("SUCCESS");
        assertThat(n.bill().outBillNo()).isEqualTo("plfk2020042013");
        assertThat(n.bill().mchId()).isEqualTo(PayTestKit.MCH_ID); // the notification says "mchid", the query API "mch_id"
        assertThatThrownBy(() -> kit.builder(server).build().notifications().parseTransfer(kit.notificationHeaders(body), body.replace("EV-T1", "EV-T2")))
                .isInstanceOfSatisfying(WxPayException.class, e -> assertThat(e.code()).isEqualTo("SIGNATURE_INVALID"));
    }

    @Test
    void insufficientBalanceIsAnErrorAndRequestsAreValidated() {
        server.enqueue(kit.signed(403, "{\"code\":\"NOT_ENOUGH\",\"message\":\"商户余额不足\"}"));
        assertThatThrownBy(() -> kit.builder(server).build().transfers().create(TransferRequest.of("B1", "1000", "o", 1, "x")))
                .isInstanceOfSatisfying(WxPayException.class, e -> assertThat(e.code()).isEqualTo("NOT_ENOUGH"));
        assertThatThrownBy(() -> TransferRequest.of("bad-no!", "1000", "o", 1, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(TransferRequest.of("B1", "1000", "o", 1, "x").userName("张三").toString()).doesNotContain("张三");
    }
}
