package io.wxkit.pay.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.pay.PayTestKit;
import io.wxkit.pay.WxPay;
import io.wxkit.pay.WxPayException;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Issue 12, type confusion: a verified notification is only ever read as the type it is. */
class NotificationTypingTest {
    static final String REFUND_JSON = "{\"mchid\":\"" + PayTestKit.MCH_ID + "\",\"out_trade_no\":\"1217752501201407033233368018\","
            + "\"transaction_id\":\"4200000001202311150000000001\",\"out_refund_no\":\"R1\",\"refund_id\":\"50000000382019052709732678859\","
            + "\"refund_status\":\"SUCCESS\",\"success_time\":\"2023-11-16T10:00:00+08:00\",\"user_received_account\":\"招商银行信用卡0403\","
            + "\"amount\":{\"total\":100,\"refund\":100,\"payer_total\":100,\"payer_refund\":100}}";
    static final String TRANSFER_JSON = "{\"mchid\":\"" + PayTestKit.MCH_ID + "\",\"out_bill_no\":\"plfk2020042013\","
            + "\"transfer_bill_no\":\"1330000071100999991182020050700019480001\",\"state\":\"SUCCESS\",\"transfer_amount\":400,"
            + "\"openid\":\"o-MYE42l80oelYMDE34nYD456Xoy\",\"create_time\":\"2015-05-20T13:29:35.120+08:00\","
            + "\"update_time\":\"2015-05-20T13:29:35.120+08:00\"}";

    @StartStop
    final MockWebServer server = new MockWebServer();
    final PayTestKit kit = new PayTestKit();

    private WxPay pay() {
        return kit.builder(server).build();
    }

    private String body(String eventType, String originalType, String json) {
        return kit.notificationBody("EV-" + eventType, eventType, originalType, json);
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(WxPayException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aGenuineRefundNotificationIsNeverReadAsAPayment() {
        String refund = body("REFUND.SUCCESS", "refund", REFUND_JSON);
        Map<String, String> h = kit.notificationHeaders(refund);
        assertCode(() -> pay().notifications().parsePayment(h, refund), NotificationsApi.TYPE_MISMATCH);
        assertThat(pay().notifications().parseRefund(h, refund).outRefundNo()).isEqualTo("R1");
    }

    @Test
    void eachTypedParserRequiresItsEventFamilyAndItsOriginalType() {
        String payment = body("TRANSACTION.SUCCESS", "transaction", PayTestKit.TRANSACTION_JSON);
        String transfer = body("MCHTRANSFER.BILL.FINISHED", "mch_payment", TRANSFER_JSON);
        assertCode(() -> pay().notifications().parseRefund(kit.notificationHeaders(payment), payment), NotificationsApi.TYPE_MISMATCH);
        assertCode(() -> pay().notifications().parseTransfer(kit.notificationHeaders(payment), payment), NotificationsApi.TYPE_MISMATCH);
        assertCode(() -> pay().notifications().parsePayment(kit.notificationHeaders(transfer), transfer), NotificationsApi.TYPE_MISMATCH);
        // the right family with the wrong resource type, and the reverse, are refused too
        String paymentEventRefundResource = body("TRANSACTION.SUCCESS", "refund", REFUND_JSON);
        String refundEventTransactionResource = body("REFUND.SUCCESS", "transaction", PayTestKit.TRANSACTION_JSON);
        String noOriginalType = payment.replace("\"original_type\":\"transaction\",", "");
        for (String b : new String[] {paymentEventRefundResource, refundEventTransactionResource, noOriginalType}) {
            assertCode(() -> pay().notifications().parsePayment(kit.notificationHeaders(b), b), NotificationsApi.TYPE_MISMATCH);
            assertCode(() -> pay().notifications().parse(kit.notificationHeaders(b), b), NotificationsApi.TYPE_MISMATCH);
        }
        assertThat(pay().notifications().parseTransfer(kit.notificationHeaders(transfer), transfer).bill().outBillNo())
                .isEqualTo("plfk2020042013");
    }

    @Test
    void parseReturnsTheSealedTypeOfEachNotification() {
        String payment = body("TRANSACTION.SUCCESS", "transaction", PayTestKit.TRANSACTION_JSON);
        String refund = body("REFUND.ABNORMAL", "refund", REFUND_JSON.replace("\"SUCCESS\"", "\"ABNORMAL\""));
        String transfer = body("MCHTRANSFER.BILL.FINISHED", "mch_payment", TRANSFER_JSON);
        String unknown = body("PROFITSHARING.SUCCESS", "profitsharing", "{\"sp_mchid\":\"1900000100\",\"amount\":1}");
        assertThat(describe(pay().notifications().parse(kit.notificationHeaders(payment), payment)))
                .isEqualTo("paid 1217752501201407033233368018 100");
        assertThat(describe(pay().notifications().parse(kit.notificationHeaders(refund), refund))).isEqualTo("refund R1 ABNORMAL");
        assertThat(describe(pay().notifications().parse(kit.notificationHeaders(transfer), transfer))).isEqualTo("transfer plfk2020042013 SUCCESS");
        Notification n = pay().notifications().parse(kit.notificationHeaders(unknown), unknown);
        assertThat(describe(n)).isEqualTo("unknown PROFITSHARING.SUCCESS profitsharing");
        assertThat(((UnknownNotification) n).resourceJson()).isEqualTo("{\"sp_mchid\":\"1900000100\",\"amount\":1}");
        // an unknown event type is still verified: a tampered one is refused
        assertCode(() -> pay().notifications().parse(kit.notificationHeaders(unknown), unknown.replace("EV-", "EV-X")), "SIGNATURE_INVALID");
    }

    private static String describe(Notification n) {
        if (n instanceof PaymentNotification p) {
            return p.isPaid() ? "paid " + p.outTradeNo() + " " + p.totalFen() : "unpaid " + p.outTradeNo();
        } else if (n instanceof RefundNotification r) {
            return "refund " + r.outRefundNo() + " " + r.refundStatus();
        } else if (n instanceof TransferNotification t) {
            return "transfer " + t.bill().outBillNo() + " " + t.bill().state();
        } else {
            UnknownNotification u = (UnknownNotification) n; // sealed: nothing else exists
            return "unknown " + u.eventType() + " " + u.originalType();
        }
    }

    @Test
    void aNotificationForAnotherMerchantIsRefused() {
        String other = body("TRANSACTION.SUCCESS", "transaction", PayTestKit.TRANSACTION_JSON.replace(PayTestKit.MCH_ID, "1230000109"));
        assertCode(() -> pay().notifications().parsePayment(kit.notificationHeaders(other), other), NotificationsApi.MCHID_MISMATCH);
        assertCode(() -> pay().notifications().parse(kit.notificationHeaders(other), other), NotificationsApi.MCHID_MISMATCH);
    }

    @Test
    void untrustedHeaderValuesReachMessagesTruncatedAndEscaped() {
        String payment = body("TRANSACTION.SUCCESS", "transaction", PayTestKit.TRANSACTION_JSON);
        Map<String, String> h = kit.notificationHeaders(payment);
        h.put("Wechatpay-Serial", "PUB_KEY_ID_X\r\n2026-12-02 ERROR forged log line" + "A".repeat(5000));
        assertThatThrownBy(() -> pay().notifications().parsePayment(h, payment)).isInstanceOfSatisfying(WxPayException.class, e -> {
            assertThat(e.code()).isEqualTo("UNKNOWN_PLATFORM_SERIAL");
            assertThat(e.getMessage()).doesNotContain("\r").doesNotContain("\n").contains("PUB_KEY_ID_X\\r\\n2026")
                    .contains("...(+").hasSizeLessThan(400);
        });
        String forgedEvent = body("REFUND.SUCCESS\r\nINJECTED", "refund", REFUND_JSON);
        assertThatThrownBy(() -> pay().notifications().parsePayment(kit.notificationHeaders(forgedEvent), forgedEvent))
                .isInstanceOfSatisfying(WxPayException.class, e -> assertThat(e.getMessage()).doesNotContain("\r").doesNotContain("\n"));
    }
}
